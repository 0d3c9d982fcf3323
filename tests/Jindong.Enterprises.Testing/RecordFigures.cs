using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Domain.Figures;

namespace Jindong.Enterprises.Testing;

/// <summary>The figures command as tests write it: the output and any named measures; a measure left null is not named, so it keeps its value.</summary>
public static class RecordFigures
{
    public static RecordAnnualFigures Of(
        int enterpriseId,
        int year,
        decimal? output,
        decimal? Revenue = null,
        decimal? Tax = null,
        decimal? ValueAdded = null,
        decimal? Land = null,
        decimal? Employees = null,
        decimal? Rd = null,
        decimal? Energy = null,
        decimal? Emissions = null,
        int? ExpectedVersion = null)
    {
        var given = new Dictionary<Measure, decimal?>
        {
            [Measure.Output] = output,
            [Measure.Revenue] = Revenue,
            [Measure.Tax] = Tax,
            [Measure.ValueAdded] = ValueAdded,
            [Measure.Land] = Land,
            [Measure.Employees] = Employees,
            [Measure.Rd] = Rd,
            [Measure.Energy] = Energy,
            [Measure.Emissions] = Emissions,
        };
        return new RecordAnnualFigures(enterpriseId, year, FigureChanges.Of(given.Where(g => g.Value is not null)), ExpectedVersion);
    }
}
