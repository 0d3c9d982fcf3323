using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Efficiency;
using Jindong.Enterprises.Domain.Figures;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>
/// A year's evaluation as stored: where it stands, and every firm's result — ranks and classes as the
/// run computed them district-wide, the rows limited to the firms the user sees (a township officer:
/// their township's, with their district classes). Not found when the year has not been run.
/// </summary>
public sealed record GetEfficiencyEvaluation(int Year) : IQuery<EvaluationView>;

/// <summary>The same, or null for a year not yet run (the report of such a year is empty).</summary>
public sealed record GetEfficiencyReport(int Year) : IQuery<EvaluationView?>;

public sealed record EvaluationView(
    int Year,
    string Status,
    string MethodName,
    string MethodSource,
    bool MethodChangedSinceRun,
    int Runs,
    string RunBy,
    DateTime RunAt,
    string? PublishedBy,
    DateTime? PublishedAt,
    DateOnly? PublicityStart,
    DateOnly? PublicityEnd,
    string? FinalizedBy,
    DateTime? FinalizedAt,
    IReadOnlyList<ClassCount> Classes,
    IReadOnlyList<EvaluationRow> Rows,
    IReadOnlyList<FlagEntry> Flags,
    IReadOnlyList<ObjectionEntry> Objections);

/// <summary>How many of the shown firms of a population hold a class.</summary>
public sealed record ClassCount(string Population, string Class, string ClassName, int Count);

public sealed record EvaluationRow(
    int Id,
    string Name,
    string Township,
    string Population,
    decimal? Land,
    string LandSource,
    decimal? TaxPerMu,
    decimal? ValueAddedPerMu,
    bool? LowEfficiency,
    string? Exemption,
    string? Unclassed,
    decimal? Score,
    int? Rank,
    int? RankedCount,
    string? Class,
    string? ClassName,
    bool Recomputed);

public sealed record FlagEntry(FirmName Firm, FlagView Flag);

public sealed record ObjectionEntry(FirmName Firm, ObjectionView Objection);

internal sealed class GetEfficiencyEvaluationValidator : AbstractValidator<GetEfficiencyEvaluation>
{
    public GetEfficiencyEvaluationValidator() => RuleFor(q => q.Year).ValidYear();
}

internal sealed class GetEfficiencyReportValidator : AbstractValidator<GetEfficiencyReport>
{
    public GetEfficiencyReportValidator() => RuleFor(q => q.Year).ValidYear();
}

internal sealed class GetEfficiencyEvaluationHandler(IApplicationDbContext db, ICurrentUser user)
    : IRequestHandler<GetEfficiencyEvaluation, EvaluationView>, IRequestHandler<GetEfficiencyReport, EvaluationView?>
{
    public async Task<EvaluationView> Handle(GetEfficiencyEvaluation query, CancellationToken cancellationToken) =>
        await ViewAsync(query.Year, cancellationToken)
        ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.EvaluationNotFound, query.Year));

    public Task<EvaluationView?> Handle(GetEfficiencyReport query, CancellationToken cancellationToken) => ViewAsync(query.Year, cancellationToken);

    private async Task<EvaluationView?> ViewAsync(int year, CancellationToken ct)
    {
        var evaluation = await db.EfficiencyEvaluations.AsNoTracking().SingleOrDefaultAsync(e => e.Year == year, ct);
        if (evaluation is null)
        {
            return null;
        }

        var methodVersion = await db.EfficiencyMethods.Where(m => m.Year == year).Select(m => (int?)m.Version).SingleOrDefaultAsync(ct);
        var firms = db.Enterprises.AsNoTracking().Visible(user);
        var results = await (
                from r in db.EfficiencyResults.AsNoTracking()
                where r.EvaluationId == evaluation.Id
                join e in firms on r.EnterpriseId equals e.Id
                join t in db.Townships on r.TownshipId equals t.Id
                select new { Result = r, e.Name, Township = t.Name })
            .ToListAsync(ct);
        var terms = evaluation.Terms;
        var rows = results
            .OrderBy(x => x.Result.Population)
            .ThenBy(x => x.Result.Rank ?? int.MaxValue)
            .ThenBy(x => x.Result.EnterpriseId)
            .Select(x => Row(terms, x.Result, x.Name, x.Township))
            .ToList();
        var classes = rows
            .Where(r => r.Class is not null)
            .GroupBy(r => (r.Population, r.Class!))
            .Select(g => new ClassCount(g.Key.Population, g.Key.Item2, ClassNameOf(terms, g.Key.Item2), g.Count()))
            .OrderBy(c => c.Population, StringComparer.Ordinal)
            .ThenBy(c => terms.ClassIndex(c.Class))
            .ToList();

        var flags = await db.EfficiencyFlags.AsNoTracking()
            .Where(f => f.EvaluationId == evaluation.Id)
            .Join(firms, f => f.EnterpriseId, e => e.Id, (f, e) => new { Flag = f, e.Name })
            .OrderBy(x => x.Flag.FlaggedAt).ThenBy(x => x.Flag.Id)
            .ToListAsync(ct);
        var objections = await db.EfficiencyObjections.AsNoTracking()
            .Where(o => o.EvaluationId == evaluation.Id)
            .Join(firms, o => o.EnterpriseId, e => e.Id, (o, e) => new { Objection = o, e.Name })
            .OrderBy(x => x.Objection.RecordedAt).ThenBy(x => x.Objection.Id)
            .ToListAsync(ct);

        return new EvaluationView(
            evaluation.Year,
            Codes.Of(evaluation.Status),
            terms.Name,
            terms.Source,
            methodVersion != evaluation.MethodVersion,
            evaluation.Runs,
            evaluation.RunBy,
            evaluation.RunAt,
            evaluation.PublishedBy,
            evaluation.PublishedAt,
            evaluation.PublicityStart,
            evaluation.PublicityEnd,
            evaluation.FinalizedBy,
            evaluation.FinalizedAt,
            classes,
            rows,
            flags.Select(x => new FlagEntry(new FirmName(x.Flag.EnterpriseId, x.Name), FlagView.Of(x.Flag))).ToList(),
            objections.Select(x => new ObjectionEntry(new FirmName(x.Objection.EnterpriseId, x.Name), ObjectionView.Of(x.Objection))).ToList());
    }

    private static EvaluationRow Row(MethodTerms terms, EfficiencyResult r, string name, string township) => new(
        r.EnterpriseId,
        name,
        township,
        Codes.Of(r.Population),
        r.LandMu,
        Codes.Of(r.LandSource),
        r.TaxPerMu,
        r.LandMu is > 0 && r.Values.ValueAddedWan is { } va ? Measures.Round(va / r.LandMu.Value) : null,
        r.LowEfficiency,
        r.Exemption is { } e ? Codes.Of(e) : null,
        r.Unclassed is { } u ? Codes.Of(u) : null,
        r.Score,
        r.Rank,
        r.RankedCount,
        r.Class,
        r.Class is { } c ? ClassNameOf(terms, c) : null,
        r.Recomputed);

    public static string ClassNameOf(MethodTerms terms, string code) => terms.Classes.FirstOrDefault(c => c.Code == code)?.Name ?? code;
}
