using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Resources;

namespace Jindong.Enterprises.Application.Plans;

/// <summary>Validation rules the plan commands share.</summary>
internal static class PlanRules
{
    /// <summary>Optional text: at most <paramref name="maxLength"/> characters, no control characters.</summary>
    public static IRuleBuilderOptions<T, string?> ValidText<T>(this IRuleBuilder<T, string?> rule, int maxLength, Func<string> field) => rule
        .Must(t => t is null || t.Trim().Length <= maxLength)
        .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.PlanTextTooLong, field(), maxLength))
        .Must(t => t is null || !t.Any(char.IsControl))
        .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.PlanTextControlCharacter, field()));

    /// <summary>Required text, as <see cref="ValidText"/>.</summary>
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength, Func<string> field) => rule
        .Must(t => !string.IsNullOrWhiteSpace(t))
        .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.PlanTextRequired, field()))
        .ValidText(maxLength, field);

    public static IRuleBuilderOptions<T, string> ValidCode<T, TEnum>(this IRuleBuilder<T, string> rule, Func<string> field)
        where TEnum : struct, Enum => rule
        .Must(c => Codes.TryParse<TEnum>(c, out _))
        .WithMessage((_, c) => string.Format(CultureInfo.CurrentCulture, Messages.PlanCodeUnknown, field(), c,
            string.Join("、", Enum.GetValues<TEnum>().Select(v => Codes.Of(v)))));
}
