using System.Text.Json.Serialization;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Tiers;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Figures;

/// <summary>One version of a firm's figures for a year (money in 万元).</summary>
public sealed record FiguresView(
    int Year,
    int Version,
    [property: JsonIgnore] FigureValues Values,
    string ImpliedTier,
    string Source,
    string? SourceFile,
    string RecordedBy,
    DateTime RecordedAt)
{
    /// <summary>Versions this one replaced, newest first; empty for a year never corrected.</summary>
    public IReadOnlyList<FiguresView> EarlierVersions { get; init; } = [];

    /// <summary>The measures in JSON, flat by their keys ("output", "tax" …), from <see cref="MeasureFields"/>.</summary>
    [JsonExtensionData]
    public IDictionary<string, object?> MeasureValues => MeasureFields.Json(Values);

    public static FiguresView Of(int year, int version, FigureValues v, FiguresSource source, string? file, string by, DateTime at) =>
        new(year, version, v, TierScale.ImpliedBy(v.OutputWan).Name(), Codes.Of(source), file, by, at);

    public static FiguresView Of(AnnualFigures f) => Of(f.Year, f.Version, f.Values, f.Source, f.SourceFile, f.RecordedBy, f.RecordedAt);

    public static FiguresView Of(AnnualFiguresRevision r) => Of(r.Year, r.Version, r.Values, r.Source, r.SourceFile, r.RecordedBy, r.RecordedAt);
}

internal static class FiguresQueries
{
    /// <summary>A firm's figures by year, newest year first, each with its earlier versions.</summary>
    public static async Task<IReadOnlyList<FiguresView>> FiguresOfAsync(this IApplicationDbContext db, int enterpriseId, CancellationToken ct)
    {
        var current = await db.AnnualFigures.AsNoTracking().Where(f => f.EnterpriseId == enterpriseId).OrderByDescending(f => f.Year).ToListAsync(ct);
        var revisions = (await db.AnnualFiguresRevisions.AsNoTracking().Where(r => r.EnterpriseId == enterpriseId).ToListAsync(ct))
            .ToLookup(r => r.Year);
        return current
            .Select(f => FiguresView.Of(f) with
            {
                EarlierVersions = revisions[f.Year].OrderByDescending(r => r.Version).Select(FiguresView.Of).ToList(),
            })
            .ToList();
    }
}
