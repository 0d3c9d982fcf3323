using Jindong.Enterprises.Domain.Figures;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Jindong.Enterprises.Infrastructure.Persistence;

/// <summary>
/// SQLite has no exact decimal: a NUMERIC column keeps 1999.9999999999999 as the double 2000 and
/// sums in floating point. Amounts are stored there as integers scaled by 10^<see cref="Measures.Decimals"/>,
/// so storage, comparison and sums in SQL are exact. PostgreSQL's numeric is exact as it is.
/// </summary>
internal sealed class ScaledDecimalConverter() : ValueConverter<decimal, long>(
    value => (long)decimal.Round(value * Scale, 0, MidpointRounding.AwayFromZero),
    stored => stored / Scale)
{
    /// <summary>10^<see cref="Measures.Decimals"/>: one unit of the last kept decimal place is 1.</summary>
    public static readonly decimal Scale = (decimal)Math.Pow(10, Measures.Decimals);
}

/// <summary>
/// PostgreSQL's numeric(18,4) hands every value back with four places (3000.0000): trimmed on read,
/// a value reads the same on both engines and in every JSON the registry writes.
/// </summary>
internal sealed class TrimmedDecimalConverter() : ValueConverter<decimal, decimal>(
    value => value,
    stored => stored / 1.0000000000000000000000000000m);

/// <summary>Times are stored in UTC; SQLite hands them back without a kind, so they are marked UTC on read.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value,
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc));
