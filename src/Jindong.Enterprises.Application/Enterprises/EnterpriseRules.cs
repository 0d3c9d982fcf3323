using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Tiers;

namespace Jindong.Enterprises.Application.Enterprises;

/// <summary>Validation rules shared by the commands that take the same kind of field.</summary>
internal static class EnterpriseRules
{
    public static IRuleBuilderOptions<T, string> ValidEnterpriseName<T>(this IRuleBuilder<T, string> rule) => rule
        .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => Messages.NameRequired)
        .MaximumLength(EnterpriseName.MaxLength).WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.NameTooLong, EnterpriseName.MaxLength))
        .Must(n => n is null || !n.Any(char.IsControl)).WithMessage(_ => Messages.NameControlCharacter)
        .Must(n => n is null || !EnterpriseName.HasFormatCharacters(n)).WithMessage(_ => Messages.NameFormatCharacter);

    /// <summary>
    /// A credit code keeps every GB 32100 rule, or — when the command gives the reason for an
    /// override — has at least a code's form (18 characters of the set). A code an override could
    /// record says so in its message.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> ValidCreditCode<T>(this IRuleBuilder<T, string?> rule, Func<T, string?> overrideReason) => rule
        .Must((command, c) => c is null || (overrideReason(command) is null ? UnifiedSocialCreditCode.IsValid(c) : CreditCodes.Overridable(c)))
        .WithMessage((command, c) => string.Format(
            CultureInfo.CurrentCulture,
            Messages.CreditCodeInvalid,
            c,
            overrideReason(command) is null && CreditCodes.Overridable(c) ? CreditCodes.Problem(c) + Messages.CreditCodeOverridable : CreditCodes.Problem(c)));

    /// <summary>A credit-code override goes with a code that breaks a rule: never alone, never with a valid code.</summary>
    public static IRuleBuilderOptions<T, string?> OverridesCreditCode<T>(this IRuleBuilder<T, string?> rule, Func<T, string?> code) => rule
        .Must((command, _) => code(command) is not null).WithMessage(_ => Messages.CreditCodeOverrideWithoutCode)
        .Must((command, _) => code(command) is null || !UnifiedSocialCreditCode.IsValid(code(command)))
        .WithMessage(command => string.Format(CultureInfo.CurrentCulture, Messages.RuleCreditCodeOverrideNeedless, UnifiedSocialCreditCode.Normalize(code(command) ?? string.Empty)));

    public static IRuleBuilderOptions<T, string?> ValidTierName<T>(this IRuleBuilder<T, string?> rule, Func<string> field) => rule
        .Must(t => t is null || TierScale.TryParse(t, out _))
        .WithMessage((_, t) => string.Format(CultureInfo.CurrentCulture, Messages.TierUnknown, field(), t));

    public static IRuleBuilderOptions<T, string?> ValidTargetName<T>(this IRuleBuilder<T, string?> rule) => rule
        .ValidTierName(() => Messages.FieldTarget)
        .Must(t => t is null || !TierScale.TryParse(t, out var tier) || tier >= Tier.AboveScale)
        .WithMessage(_ => Messages.TargetTierTooLow);

    public static IRuleBuilderOptions<T, string> ValidReason<T>(this IRuleBuilder<T, string> rule) => rule
        .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => Messages.ReasonRequired)
        .MaximumLength(Reason.MaxLength).WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.ReasonTooLong, Reason.MaxLength))
        .Must(r => r is null || !r.Any(IsControlOtherThanLineBreak)).WithMessage(_ => Messages.ReasonControlCharacter);

    /// <summary>A reason typed in a text area may span lines; other control characters (NUL above all, which PostgreSQL cannot store) are pasted garbage.</summary>
    private static bool IsControlOtherThanLineBreak(char c) => char.IsControl(c) && c is not ('\r' or '\n' or '\t');

    public static IRuleBuilderOptions<T, int> ValidYear<T>(this IRuleBuilder<T, int> rule) => rule
        .InclusiveBetween(Years.First, Years.Last)
        .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.YearOutOfRange, Years.First, Years.Last));
}

/// <summary>The range of years the registry accepts figures and moves for.</summary>
public static class Years
{
    public const int First = 2000;
    public const int Last = 2100;
}
