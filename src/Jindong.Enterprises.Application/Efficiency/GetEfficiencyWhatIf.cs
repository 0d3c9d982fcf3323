using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Efficiency;
using Jindong.Enterprises.Domain.Figures;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>
/// 测算: the least amount of a measure (tax by default, or value added …) with which the firm would
/// have reached <see cref="ToClass"/> in the year's evaluation, everything else as stored — computed
/// by the evaluation's own rule (<see cref="WhatIf"/>), not estimated. Also the tax that clears the
/// low-efficiency line, when the firm is under it.
/// </summary>
public sealed record GetEfficiencyWhatIf(int Year, int EnterpriseId, string ToClass, string Measure = "tax") : IQuery<WhatIfView>, IReadsEnterprise;

/// <param name="Needed">The amount that reaches the class; null when it is already reached or cannot be (capped indicators).</param>
public sealed record WhatIfView(
    int Year,
    FirmName Firm,
    string Measure,
    string ToClass,
    string? ClassNow,
    decimal? ScoreNow,
    decimal? Current,
    decimal? Needed,
    decimal? Change,
    bool AlreadyThere,
    bool Reachable,
    decimal? ScoreAtNeeded,
    int? RankAtNeeded,
    string? ClassAtNeeded,
    decimal? Land,
    decimal? TaxToClearLine);

internal sealed class GetEfficiencyWhatIfValidator : AbstractValidator<GetEfficiencyWhatIf>
{
    public GetEfficiencyWhatIfValidator()
    {
        RuleFor(q => q.Year).ValidYear();
        RuleFor(q => q.ToClass).Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage(_ => Messages.WhatIfClassRequired);
        RuleFor(q => q.Measure)
            .Must(m => MeasureFields.TryParseKey(m, out var measure) && !Measures.Of(measure).IsCount && measure != Measure.Land)
            .WithMessage(q => string.Format(CultureInfo.CurrentCulture, Messages.WhatIfMeasureInvalid, q.Measure));
    }
}

internal sealed class GetEfficiencyWhatIfHandler(IApplicationDbContext db) : IRequestHandler<GetEfficiencyWhatIf, WhatIfView>
{
    public async Task<WhatIfView> Handle(GetEfficiencyWhatIf query, CancellationToken cancellationToken)
    {
        var evaluation = await db.EvaluationOfAsync(query.Year, cancellationToken);
        var terms = evaluation.Terms;
        var target = query.ToClass.Trim();
        if (terms.ClassIndex(target) < 0)
        {
            throw new InputValidationException(nameof(GetEfficiencyWhatIf.ToClass), string.Format(
                CultureInfo.CurrentCulture, Messages.WhatIfClassUnknown, target, string.Join("、", terms.Classes.Select(c => c.Code))));
        }

        var result = await db.ResultOfAsync(evaluation, query.EnterpriseId, cancellationToken);
        if (result.Score is null)
        {
            throw new RuleViolationException(string.Format(CultureInfo.CurrentCulture, Messages.WhatIfNotScored, query.Year,
                result.Exemption is { } e ? Codes.Label(e) : Codes.Label(result.Unclassed!.Value)));
        }

        var measure = MeasureFields.TryParseKey(query.Measure, out var parsed) ? parsed : throw new InvalidOperationException("Validated measure.");
        var name = await db.Enterprises.Where(e => e.Id == query.EnterpriseId).Select(e => e.Name).SingleAsync(cancellationToken);
        var land = new LandUse(result.LandMu, result.LandSource, result.BuildPeriodMu);
        // The stored result exactly as the run read it: its figures and its land, no exemption to re-derive.
        var input = new EvaluationInput(result.EnterpriseId, result.TownshipId, result.Values, [], Land: land);
        var others = await db.OtherScoresAsync(evaluation.Id, query.EnterpriseId, cancellationToken);
        var answer = WhatIf.Solve(terms, query.Year, input, evaluation.Stats, others, target, measure);

        return new WhatIfView(
            query.Year,
            new FirmName(query.EnterpriseId, name),
            measure.Key(),
            target,
            result.Class,
            result.Score,
            answer.Current,
            answer.Needed,
            answer.Needed - (answer.Current ?? 0m),
            answer.AlreadyThere,
            answer.AlreadyThere || answer.Needed is not null,
            answer.Needed is null ? null : answer.AtNeeded.Score,
            answer.Needed is null ? null : answer.AtNeeded.Rank,
            answer.Needed is null ? null : answer.AtNeeded.Class,
            result.LandMu,
            WhatIf.TaxToClearLine(terms, land, result.Values.TaxWan));
    }
}
