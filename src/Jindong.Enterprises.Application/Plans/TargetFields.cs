using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Plans;
using Jindong.Enterprises.Domain.Tiers;

namespace Jindong.Enterprises.Application.Plans;

/// <summary>
/// What a user says about one target, typed at the CLI, in the web form or in a row of a targets
/// file: what it counts (exactly one of a tier, an indicator or a count), the target as printed,
/// and optionally the base, unit, nature, category, name, the township and year of a breakdown, and
/// the source. A field not given keeps what an existing target says.
/// </summary>
public interface ITargetFields
{
    string? Tier { get; }

    string? Indicator { get; }

    string? Count { get; }

    string Target { get; }

    string? Base { get; }

    string? Unit { get; }

    string? Nature { get; }

    string? Category { get; }

    string? Name { get; }

    string? Township { get; }

    int? Year { get; }

    string? Source { get; }
}

/// <summary>The target fields as a value: what the command and a file row are, beside what they add.</summary>
public abstract record TargetFieldValues(string Target) : ITargetFields
{
    public string? Tier { get; init; }

    public string? Indicator { get; init; }

    public string? Count { get; init; }

    public string? Base { get; init; }

    public string? Unit { get; init; }

    public string? Nature { get; init; }

    public string? Category { get; init; }

    public string? Name { get; init; }

    public string? Township { get; init; }

    public int? Year { get; init; }

    public string? Source { get; init; }
}

/// <summary>The rules of <see cref="ITargetFields"/>: one validator for the command and every file row.</summary>
internal sealed class TargetFieldsValidator : AbstractValidator<ITargetFields>
{
    public TargetFieldsValidator()
    {
        RuleFor(f => f.Tier)
            .Must((f, _) => new[] { f.Tier, f.Indicator, f.Count }.Count(s => !string.IsNullOrWhiteSpace(s)) == 1)
            .WithMessage(_ => Messages.PlanTargetSubjectRequired)
            .Must(t => string.IsNullOrWhiteSpace(t) || TierScale.TryParse(t, out _))
            .WithMessage((_, t) => string.Format(CultureInfo.CurrentCulture, Messages.TierUnknown, Messages.FieldTier, t));
        RuleFor(f => f.Indicator).ValidText(PlanTarget.NameMaxLength, () => Messages.FieldIndicator);
        RuleFor(f => f.Count).ValidText(PlanTarget.SubjectMaxLength, () => Messages.FieldCount);
        RuleFor(f => f.Target!).RequiredText(PlanTarget.TextMaxLength, () => Messages.FieldTargetValue)
            .Must((f, t) => !IsTier(f) || IsWholeCount(t))
            .WithMessage((_, t) => string.Format(CultureInfo.CurrentCulture, Messages.PlanTierTargetWhole, Messages.FieldTargetValue, t));
        RuleFor(f => f.Base).ValidText(PlanTarget.TextMaxLength, () => Messages.FieldBaseValue)
            .Must((f, b) => !IsTier(f) || string.IsNullOrWhiteSpace(b) || IsWholeCount(b))
            .WithMessage((_, b) => string.Format(CultureInfo.CurrentCulture, Messages.PlanTierTargetWhole, Messages.FieldBaseValue, b));
        RuleFor(f => f.Unit).ValidText(PlanTarget.UnitMaxLength, () => Messages.FieldUnit)
            .Must((f, u) => string.IsNullOrWhiteSpace(u) || DistrictIndicators.Named(f.Indicator) is not { } known || known.Unit == u.Trim())
            .WithMessage((f, u) => string.Format(CultureInfo.CurrentCulture, Messages.PlanIndicatorUnit, f.Indicator, DistrictIndicators.Named(f.Indicator)?.Unit, u));
        RuleFor(f => f.Nature)
            .Must(n => string.IsNullOrWhiteSpace(n) || TargetNatures.TryParse(n, out _))
            .WithMessage((_, n) => string.Format(CultureInfo.CurrentCulture, Messages.PlanNatureUnknown, n));
        RuleFor(f => f.Category).ValidText(PlanTarget.CategoryMaxLength, () => Messages.FieldCategory);
        RuleFor(f => f.Name).ValidText(PlanTarget.NameMaxLength, () => Messages.FieldTargetName);
        RuleFor(f => f.Township).ValidText(50, () => Messages.FieldTownship);
        RuleFor(f => f.Source).ValidText(PlanTarget.SourceMaxLength, () => Messages.FieldPlanSource);
        RuleFor(f => f.Year!.Value).ValidYear().When(f => f.Year is not null).OverridePropertyName(nameof(ITargetFields.Year));
    }

    private static bool IsTier(ITargetFields f) => !string.IsNullOrWhiteSpace(f.Tier);

    private static bool IsWholeCount(string? text) =>
        PrintedValue.Read(text) is ({ } value, not TargetComparison.Phrase) && value >= 0 && value == Math.Truncate(value);
}
