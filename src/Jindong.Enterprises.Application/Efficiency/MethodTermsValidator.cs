using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Efficiency;
using Jindong.Enterprises.Domain.Figures;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>What a method must say before the registry applies it, each refusal naming the indicator or class.</summary>
internal sealed class MethodTermsValidator : AbstractValidator<MethodTerms>
{
    public MethodTermsValidator()
    {
        RuleFor(t => t.Name).Text(MethodTerms.NameMaxLength, _ => Messages.MethodName);
        RuleFor(t => t.Source).Text(MethodTerms.SourceMaxLength, _ => Messages.MethodSource);
        RuleFor(t => t.Indicators).NotEmpty().WithMessage(_ => Messages.MethodNoIndicators);
        RuleForEach(t => t.Indicators).SetValidator(new IndicatorValidator());
        RuleFor(t => t.Indicators)
            .Must(list => list is null || list.GroupBy(i => (i.Population, i.Name?.Trim())).All(g => g.Count() == 1))
            .WithMessage(_ => Messages.IndicatorNameDuplicate);
        RuleFor(t => t.Missing).IsInEnum();
        RuleFor(t => t.ClassBy).IsInEnum();
        RuleFor(t => t.Classes).Must(c => c is { Count: >= 2 }).WithMessage(_ => Messages.MethodClassesTooFew);
        RuleForEach(t => t.Classes).SetValidator(new ClassValidator());
        RuleFor(t => t.Classes)
            .Must(c => c is null || c.Select(x => x.Code?.Trim()).Distinct(StringComparer.Ordinal).Count() == c.Count)
            .WithMessage(_ => Messages.ClassCodeDuplicate);
        When(t => t.ClassBy == ClassBasis.Rank && t.Classes is { Count: >= 2 }, () =>
            RuleFor(t => t.Classes).Must(RankSharesAscendToAll).WithMessage(_ => Messages.ClassPercentOrder));
        When(t => (t.ClassBy == ClassBasis.Score || t.Classes?.Any(c => c.MinScore is not null) == true) && t.Classes is { Count: >= 2 }, () =>
            RuleFor(t => t.Classes).Must(ScoresDescendToTheRest).WithMessage(_ => Messages.ClassScoreOrder));
        RuleFor(t => t.MinimumRanked).GreaterThan(0).When(t => t.MinimumRanked is not null).WithMessage(_ => Messages.MinimumRankedPositive);
        RuleFor(t => t.LowEfficiency).NotNull().WithMessage(_ => Messages.LowLinePositive);
        RuleFor(t => t.LowEfficiency.TaxPerMu).Positive(_ => Messages.LowLine).When(t => t.LowEfficiency is not null);
        RuleFor(t => t.Exemptions).NotNull();
        When(t => t.Exemptions is not null, () =>
        {
            RuleFor(t => t.Exemptions.NewFirmYears).GreaterThan(0).When(t => t.Exemptions.NewFirmYears is not null).WithMessage(_ => Messages.ExemptionYearsPositive);
            RuleFor(t => t.Exemptions.BuildPeriodYears).GreaterThan(0).When(t => t.Exemptions.BuildPeriodYears is not null).WithMessage(_ => Messages.ExemptionYearsPositive);
            RuleForEach(t => t.Exemptions.Kinds)
                .Must(k => !string.IsNullOrWhiteSpace(k) && k.Trim().Length <= Exemptions.KindMaxLength && !k.Any(char.IsControl))
                .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.ExemptKindInvalid, Exemptions.KindMaxLength));
        });
    }

    /// <summary>Each class's cumulative share is above the one before; the last is 100 %.</summary>
    private static bool RankSharesAscendToAll(IReadOnlyList<ClassTerms> classes) =>
        classes.All(c => c.UpToPercent is > 0 and <= 100)
        && classes.Zip(classes.Skip(1)).All(p => p.First.UpToPercent < p.Second.UpToPercent)
        && classes[^1].UpToPercent == 100;

    /// <summary>Every class but the last has a score cut-off, each below the one before; the last takes the rest.</summary>
    private static bool ScoresDescendToTheRest(IReadOnlyList<ClassTerms> classes) =>
        classes.Take(classes.Count - 1).All(c => c.MinScore is not null)
        && classes[^1].MinScore is null
        && classes.Take(classes.Count - 1).Zip(classes.Skip(1).Take(classes.Count - 2)).All(p => p.First.MinScore > p.Second.MinScore);

    private sealed class IndicatorValidator : AbstractValidator<IndicatorTerms>
    {
        public IndicatorValidator()
        {
            RuleFor(i => i.Population).IsInEnum();
            RuleFor(i => i.Name).Text(IndicatorTerms.NameMaxLength, _ => Messages.IndicatorName);
            RuleFor(i => i.Numerator).IsInEnum().NotEqual(Measure.Land).WithMessage(i => Field(i, Messages.IndicatorLandNumerator));
            RuleFor(i => i.Denominator).IsInEnum()
                .Must((i, d) => i.Numerator != d).WithMessage(i => Field(i, Messages.IndicatorSameMeasures));
            RuleFor(i => i.Weight).Positive(i => Field(i, Messages.FieldWeight));
            RuleFor(i => i.Benchmark).Positive(i => Field(i, Messages.FieldBenchmark));
            RuleFor(i => i.Cap!.Value).Positive(i => Field(i, Messages.FieldCap)).When(i => i.Cap is not null);
        }

        private static string Field(IndicatorTerms indicator, string what) =>
            string.Format(CultureInfo.CurrentCulture, Messages.IndicatorField, indicator.Name, what);
    }

    private sealed class ClassValidator : AbstractValidator<ClassTerms>
    {
        public ClassValidator()
        {
            RuleFor(c => c.Code).Text(ClassTerms.CodeMaxLength, _ => Messages.ClassCode);
            RuleFor(c => c.Name).Text(ClassTerms.NameMaxLength, c => Field(c, Messages.ClassName));
            RuleFor(c => c.UpToPercent!.Value).Exact(c => Field(c, Messages.FieldUpToPercent)).When(c => c.UpToPercent is not null);
            RuleFor(c => c.MinScore!.Value).Exact(c => Field(c, Messages.FieldMinScore)).When(c => c.MinScore is not null);
        }

        private static string Field(ClassTerms c, string what) =>
            string.Format(CultureInfo.CurrentCulture, Messages.ClassField, c.Code, what);
    }
}

/// <summary>The rules the method's fields share: text that is given, not too long, without control characters; numbers above 0 kept to 4 places.</summary>
internal static class MethodRules
{
    public static IRuleBuilderOptions<T, string> Text<T>(this IRuleBuilder<T, string> rule, int maxLength, Func<T, string> field) => rule
        .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(x => Format(Messages.MethodTextRequired, field(x)))
        .Must(t => t is null || t.Trim().Length <= maxLength).WithMessage(x => Format(Messages.MethodTextTooLong, field(x), maxLength))
        .Must(t => t is null || !t.Any(char.IsControl)).WithMessage(x => Format(Messages.MethodTextControl, field(x)));

    public static IRuleBuilderOptions<T, decimal> Positive<T>(this IRuleBuilder<T, decimal> rule, Func<T, string> field) => rule
        .GreaterThan(0m).WithMessage(x => Format(Messages.MethodNumberPositive, field(x)))
        .Exact(field);

    /// <summary>At most <see cref="Measures.Decimals"/> places and below the registry's largest value, as every amount is kept.</summary>
    public static IRuleBuilderOptions<T, decimal> Exact<T>(this IRuleBuilder<T, decimal> rule, Func<T, string> field) => rule
        .Must(v => Math.Round(v, Measures.Decimals) == v && Math.Abs(v) < Measures.Largest)
        .WithMessage(x => Format(Messages.MethodNumberPlaces, field(x), Measures.Decimals));

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.CurrentCulture, format, args);
}
