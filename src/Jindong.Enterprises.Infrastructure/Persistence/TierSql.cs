using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Jindong.Enterprises.Infrastructure.Persistence;

/// <summary>
/// The one place that knows how tiers look in the database: every SQL form of the tier rule
/// (the rank an output implies, a stored tier's rank, the stored name of a rank) is generated here
/// from <see cref="TierScale"/>, with thresholds and names written as the EF model stores them
/// (scaled integers and enum names on SQLite, numerics on PostgreSQL). Hand-written statements use
/// the string forms; LINQ uses <see cref="TierRank"/>, which <see cref="TierQueryInterceptor"/> expands
/// with the expression forms below.
/// </summary>
public sealed class TierSql
{
    private readonly RelationalTypeMapping amount;
    private readonly RelationalTypeMapping tier;

    public TierSql(IModel model)
    {
        amount = model.FindEntityType(typeof(AnnualFigures))!.FindComplexProperty(nameof(AnnualFigures.Values))!
            .ComplexType.FindProperty(nameof(FigureValues.OutputWan))!.GetRelationalTypeMapping();
        tier = model.FindEntityType(typeof(Enterprise))!.FindProperty(nameof(Enterprise.CurrentTier))!.GetRelationalTypeMapping();
    }

    public static TierSql For(DbContext db) => new(db.Model);

    /// <summary>An amount as a SQL literal in its stored form.</summary>
    public string Amount(decimal value) => amount.GenerateSqlLiteral(value);

    /// <summary>A tier as a SQL literal in its stored form.</summary>
    public string Stored(Tier value) => tier.GenerateSqlLiteral(value);

    /// <summary>CASE giving the rank (Tier's number) an output column implies; thresholds inclusive.</summary>
    public string ImpliedRank(string outputColumn) => ImpliedBy(outputColumn, t => ((int)t).ToString(CultureInfo.InvariantCulture));

    /// <summary>CASE giving the stored tier an output column implies.</summary>
    public string ImpliedTier(string outputColumn) => ImpliedBy(outputColumn, Stored);

    /// <summary>CASE turning a stored tier into its rank; NULL stays NULL.</summary>
    public string RankOfStored(string tierColumn)
    {
        var sql = new StringBuilder($"CASE {tierColumn}");
        foreach (var definition in TierScale.All)
        {
            sql.Append(CultureInfo.InvariantCulture, $" WHEN {Stored(definition.Tier)} THEN {(int)definition.Tier}");
        }

        return sql.Append(" END").ToString();
    }

    /// <summary>CASE turning a rank back into the stored tier.</summary>
    public string StoredOfRank(string rankExpression)
    {
        var sql = new StringBuilder($"CASE {rankExpression}");
        foreach (var definition in TierScale.All)
        {
            sql.Append(CultureInfo.InvariantCulture, $" WHEN {(int)definition.Tier} THEN {Stored(definition.Tier)}");
        }

        return sql.Append(" END").ToString();
    }

    /// <summary><see cref="TierRank.Implied"/> as a LINQ expression: output &gt;= T6 ? 6 : … : 0, for EF to translate.</summary>
    public static Expression ImpliedRankExpression(Expression output)
    {
        Expression rank = Expression.Constant((int)Tier.BelowScale);
        foreach (var definition in TierScale.All.Where(d => d.ThresholdWan > 0))
        {
            rank = Expression.Condition(
                Expression.GreaterThanOrEqual(output, Expression.Constant(definition.ThresholdWan, output.Type)),
                Expression.Constant((int)definition.Tier),
                rank);
        }

        return rank;
    }

    /// <summary><see cref="TierRank.Of"/> as a LINQ expression: tier == null ? -1 : tier == BelowScale ? 0 : …</summary>
    public static Expression RankOfExpression(Expression tierValue)
    {
        Expression rank = Expression.Constant(TierRank.Unknown);
        foreach (var definition in TierScale.All)
        {
            rank = Expression.Condition(
                Expression.Equal(tierValue, Expression.Constant(definition.Tier, tierValue.Type)),
                Expression.Constant((int)definition.Tier),
                rank);
        }

        return rank;
    }

    private string ImpliedBy(string outputColumn, Func<Tier, string> result)
    {
        var sql = new StringBuilder("CASE");
        foreach (var definition in TierScale.All.Reverse().Where(d => d.ThresholdWan > 0))
        {
            sql.Append(CultureInfo.InvariantCulture, $" WHEN {outputColumn} >= {Amount(definition.ThresholdWan)} THEN {result(definition.Tier)}");
        }

        return sql.Append(CultureInfo.InvariantCulture, $" ELSE {result(Tier.BelowScale)} END").ToString();
    }
}
