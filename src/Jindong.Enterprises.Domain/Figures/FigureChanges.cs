namespace Jindong.Enterprises.Domain.Figures;

/// <summary>
/// What a record or a correction of a year's figures says: the measures it sets and the ones it
/// clears. Every measure it does not name keeps its value, so two sources that each report some
/// measures (the statistics bureau's output, the tax bureau's tax) never erase each other.
/// </summary>
public sealed class FigureChanges
{
    private readonly Dictionary<Measure, decimal?> changes;

    private FigureChanges(Dictionary<Measure, decimal?> changes) => this.changes = changes;

    public static FigureChanges None { get; } = new([]);

    /// <summary>
    /// Sets each measure given a value and clears each given as null (a missing key keeps the value).
    /// Amounts are rounded here, as every edge must before anything else reads them.
    /// </summary>
    public static FigureChanges Of(IEnumerable<KeyValuePair<Measure, decimal?>> changes) =>
        new(changes.ToDictionary(c => c.Key, c => c.Value is { } v && !Measures.Of(c.Key).IsCount ? Measures.Round(v) : c.Value));

    /// <summary>Sets every measure of <paramref name="values"/>, clearing those it leaves empty: a whole year's figures.</summary>
    public static FigureChanges Replacing(FigureValues values) =>
        Of(Measures.All.Select(m => KeyValuePair.Create(m.Measure, m.Get(values))));

    public IReadOnlyDictionary<Measure, decimal?> Entries => changes;

    public bool IsEmpty => changes.Count == 0;

    public bool Names(Measure measure) => changes.ContainsKey(measure);

    /// <summary>The values after the changes; a first record (no <paramref name="current"/>) must set the output.</summary>
    public FigureValues ApplyTo(FigureValues? current)
    {
        var values = current ?? new FigureValues(changes.GetValueOrDefault(Measure.Output) ?? throw new DomainRuleException(DomainRules.OutputRequired));
        foreach (var (measure, value) in changes)
        {
            values = values.With(measure, value);
        }

        return values;
    }
}
