namespace Jindong.Enterprises.Domain.Figures;

/// <summary>
/// 年度数据 — the current figures of one firm for one year. A correction replaces the values
/// and keeps the earlier ones as an <see cref="AnnualFiguresRevision"/>.
/// </summary>
public sealed class AnnualFigures
{
    /// <summary>The longest source file name kept with imported figures.</summary>
    public const int SourceFileMaxLength = 260;

    private AnnualFigures()
    {
        RecordedBy = string.Empty;
        Values = null!;
    }

    public int Id { get; private set; }

    public int EnterpriseId { get; private set; }

    public int Year { get; private set; }

    /// <summary>1 for the first record, +1 for each correction; the optimistic concurrency token.</summary>
    public int Version { get; private set; }

    /// <summary>The year's measures; an EF complex type, one column per <see cref="Measures"/> row.</summary>
    public FigureValues Values { get; private set; }

    public FiguresSource Source { get; private set; }

    public string? SourceFile { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public static AnnualFigures Record(int enterpriseId, int year, FigureValues values, FiguresSource source, string? sourceFile, string recordedBy, DateTime now)
    {
        var figures = new AnnualFigures { EnterpriseId = enterpriseId, Year = year, Version = 1 };
        figures.Apply(values, source, sourceFile, recordedBy, now);
        return figures;
    }

    /// <summary>Replaces the values and returns the superseded version, to be kept. Unchanged values are refused.</summary>
    public AnnualFiguresRevision Correct(FigureValues values, FiguresSource source, string? sourceFile, string recordedBy, DateTime now)
    {
        if (values == Values)
        {
            throw new DomainRuleException(DomainRules.FiguresUnchanged, Year);
        }

        var revision = AnnualFiguresRevision.Of(this, now);
        Version++;
        Apply(values, source, sourceFile, recordedBy, now);
        return revision;
    }

    private void Apply(FigureValues values, FiguresSource source, string? sourceFile, string recordedBy, DateTime now)
    {
        if (values.OutputWan < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(values), "Output value cannot be negative.");
        }

        if (values != values.Rounded())
        {
            // Every edge rounds first, so the tier is read from exactly what is stored.
            throw new ArgumentException($"Figures must be rounded to {Measures.Decimals} decimals before they are recorded.", nameof(values));
        }

        Values = values;
        Source = source;
        SourceFile = sourceFile;
        RecordedBy = recordedBy;
        RecordedAt = now;
    }
}
