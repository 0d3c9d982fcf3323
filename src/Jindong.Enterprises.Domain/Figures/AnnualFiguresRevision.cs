namespace Jindong.Enterprises.Domain.Figures;

/// <summary>An earlier version of a firm's figures for a year, kept when they were corrected.</summary>
public sealed class AnnualFiguresRevision
{
    private AnnualFiguresRevision()
    {
        RecordedBy = string.Empty;
    }

    public int Id { get; private set; }

    public int EnterpriseId { get; private set; }

    public int Year { get; private set; }

    public int Version { get; private set; }

    public decimal OutputWan { get; private set; }

    public decimal? RevenueWan { get; private set; }

    public decimal? TaxWan { get; private set; }

    public decimal? ValueAddedWan { get; private set; }

    public decimal? LandMu { get; private set; }

    public int? Employees { get; private set; }

    public decimal? RdWan { get; private set; }

    public decimal? EnergyTce { get; private set; }

    public decimal? EmissionsTonnes { get; private set; }

    public FiguresSource Source { get; private set; }

    public string? SourceFile { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTime RecordedAt { get; private set; }

    /// <summary>When this version was replaced.</summary>
    public DateTime SupersededAt { get; private set; }

    public FigureValues Values => new(OutputWan, RevenueWan, TaxWan, ValueAddedWan, LandMu, Employees, RdWan, EnergyTce, EmissionsTonnes);

    internal static AnnualFiguresRevision Of(AnnualFigures current, DateTime supersededAt) =>
        new()
        {
            EnterpriseId = current.EnterpriseId,
            Year = current.Year,
            Version = current.Version,
            OutputWan = current.OutputWan,
            RevenueWan = current.RevenueWan,
            TaxWan = current.TaxWan,
            ValueAddedWan = current.ValueAddedWan,
            LandMu = current.LandMu,
            Employees = current.Employees,
            RdWan = current.RdWan,
            EnergyTce = current.EnergyTce,
            EmissionsTonnes = current.EmissionsTonnes,
            Source = current.Source,
            SourceFile = current.SourceFile,
            RecordedBy = current.RecordedBy,
            RecordedAt = current.RecordedAt,
            SupersededAt = supersededAt,
        };
}
