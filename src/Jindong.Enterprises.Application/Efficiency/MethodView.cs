using Jindong.Enterprises.Domain.Efficiency;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>A year's method: its terms, version and who changed it last; the years that have one; and whether the year's evaluation still lets it change.</summary>
public sealed record MethodView(int Year, int Version, string UpdatedBy, DateTime UpdatedAt, MethodTerms Terms, string? EvaluationStatus, IReadOnlyList<int> Years)
{
    /// <summary>A method may change until its year's evaluation is published.</summary>
    public bool Editable => EvaluationStatus is null or "computed";
}
