using System.Globalization;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Designations;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Designations;

/// <summary>
/// Finds a catalogue entry the way users name it: its code (high-tech), its name (国家高新技术企业),
/// or its family with a level (隐形冠军 + 省级; the recognition unless only a cultivation list matches).
/// </summary>
internal static class DesignationKindLookup
{
    public static async Task<IReadOnlyList<DesignationKind>> KindsAsync(this IApplicationDbContext db, CancellationToken ct) =>
        await db.DesignationKinds.AsNoTracking().OrderBy(k => k.SortOrder).ThenBy(k => k.Id).ToListAsync(ct);

    public static async Task<DesignationKind> RequireKindAsync(this IApplicationDbContext db, string text, string? level, string field, CancellationToken ct) =>
        Resolve(await db.KindsAsync(ct), text, level, out var problem) ?? throw new InputValidationException(field, problem!);

    /// <summary>The entry <paramref name="text"/> (and <paramref name="level"/>) names; null with the message why not.</summary>
    public static DesignationKind? Resolve(IReadOnlyList<DesignationKind> kinds, string text, string? level, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var name = text?.Trim() ?? string.Empty;
        DesignationLevel? wanted = null;
        if (!string.IsNullOrWhiteSpace(level))
        {
            if (!DesignationLevels.TryParse(level, out var parsed))
            {
                problem = Format(Messages.DesignationLevelUnknown, level.Trim());
                return null;
            }

            wanted = parsed;
        }

        var named = kinds.FirstOrDefault(k => string.Equals(k.Code, name, StringComparison.OrdinalIgnoreCase) || k.Name == name);
        var candidates = named is not null ? [named] : kinds.Where(k => k.Family == name).ToList();
        if (wanted is not null)
        {
            candidates = candidates.Where(k => k.Level == wanted).ToList();
        }

        if (candidates.Count > 1)
        {
            candidates = candidates.Where(k => k.Nature == DesignationNature.Recognition).ToList();
        }

        problem = candidates.Count switch
        {
            1 => null,
            0 when named is not null || kinds.Any(k => k.Family == name) => Format(Messages.DesignationLevelNotOfKind, name, level?.Trim() ?? string.Empty),
            0 => Format(Messages.DesignationKindUnknown, name, string.Join("、", kinds.Select(k => k.Name))),
            _ => Format(Messages.DesignationKindNeedsLevel, name, string.Join("、", candidates.Select(k => k.Name))),
        };
        return problem is null ? candidates[0] : null;
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.CurrentCulture, format, args);
}
