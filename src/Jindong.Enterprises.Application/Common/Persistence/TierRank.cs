using Jindong.Enterprises.Domain.Tiers;

namespace Jindong.Enterprises.Application.Common.Persistence;

/// <summary>
/// Tier ranks inside LINQ queries. Called in a query, these are rewritten by the Infrastructure
/// (TierSql, from <see cref="TierScale"/> and the EF model) into SQL before EF translates it, so a
/// query never spells a threshold or a stored tier name; called in memory, they give the same answer.
/// </summary>
public static class TierRank
{
    /// <summary>The rank of an unknown tier, below every real one.</summary>
    public const int Unknown = -1;

    /// <summary>The rank (the <see cref="Tier"/>'s number) that an output value (万元) implies.</summary>
    public static int Implied(decimal outputWan) => (int)TierScale.ImpliedBy(outputWan);

    /// <summary>The rank of a recorded tier; <see cref="Unknown"/> when there is none.</summary>
    public static int Of(Tier? tier) => tier is null ? Unknown : (int)tier.Value;
}
