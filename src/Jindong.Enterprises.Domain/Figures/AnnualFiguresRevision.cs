namespace Jindong.Enterprises.Domain.Figures;

/// <summary>An earlier version of a firm's figures for a year, kept when they were corrected.</summary>
public sealed class AnnualFiguresRevision
{
    private AnnualFiguresRevision()
    {
        RecordedBy = string.Empty;
        Values = null!;
    }

    public int Id { get; private set; }

    public int EnterpriseId { get; private set; }

    public int Year { get; private set; }

    public int Version { get; private set; }

    public FigureValues Values { get; private set; }

    public FiguresSource Source { get; private set; }

    public string? SourceFile { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTime RecordedAt { get; private set; }

    /// <summary>When this version was replaced.</summary>
    public DateTime SupersededAt { get; private set; }

    internal static AnnualFiguresRevision Of(AnnualFigures current, DateTime supersededAt) =>
        new()
        {
            EnterpriseId = current.EnterpriseId,
            Year = current.Year,
            Version = current.Version,
            Values = current.Values,
            Source = current.Source,
            SourceFile = current.SourceFile,
            RecordedBy = current.RecordedBy,
            RecordedAt = current.RecordedAt,
            SupersededAt = supersededAt,
        };
}
