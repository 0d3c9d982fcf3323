using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Figures;

namespace Jindong.Enterprises.Application.Figures;

/// <summary>The validation rules of a year's figures, shared by every command that takes them.</summary>
internal static class MeasureValidation
{
    /// <summary>Each measure set or cleared meets <see cref="MeasureRules"/>; the output cannot be cleared. Errors go on the measure's field.</summary>
    public static IRuleBuilderOptionsConditions<T, FigureChanges> ValidMeasures<T>(this IRuleBuilder<T, FigureChanges> rule) =>
        rule.Custom((changes, context) =>
        {
            foreach (var (measure, value) in changes.Entries)
            {
                if (value is null)
                {
                    if (Measures.Of(measure).IsRequired)
                    {
                        context.AddFailure(measure.ToString(), Messages.OutputCannotBeCleared);
                    }
                }
                else if (MeasureRules.Check(measure, value.Value) is { } problem)
                {
                    context.AddFailure(measure.ToString(), MeasureRules.Message(measure, problem));
                }
            }
        });

    /// <summary>A year the registry accepts figures for, and not one that has not begun.</summary>
    public static IRuleBuilderOptions<T, int> ValidFiguresYear<T>(this IRuleBuilderInitial<T, int> rule, TimeProvider clock) => rule
        .Cascade(CascadeMode.Stop)
        .ValidYear()
        .Must(year => year <= ChinaTime.CurrentYear(clock))
        .WithMessage((_, year) => string.Format(CultureInfo.CurrentCulture, Messages.YearNotEnded, year, ChinaTime.CurrentYear(clock)));
}
