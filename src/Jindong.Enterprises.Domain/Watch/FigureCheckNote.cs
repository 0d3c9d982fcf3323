using Jindong.Enterprises.Domain.Figures;

namespace Jindong.Enterprises.Domain.Watch;

/// <summary>
/// A flagged value let stand with a written reason (as the statistics bureau's direct-reporting
/// system allows): the flag is then no longer open. One per firm, year, check and measure.
/// </summary>
public sealed class FigureCheckNote
{
    public const int ExplanationMaxLength = 500;

    private FigureCheckNote()
    {
        MeasureKey = Explanation = AcknowledgedBy = string.Empty;
    }

    public int Id { get; private set; }

    public int EnterpriseId { get; private set; }

    public int Year { get; private set; }

    public FigureCheck Check { get; private set; }

    /// <summary>The measure's name for a rise or fall, "" otherwise, so the unique key holds on every engine.</summary>
    public string MeasureKey { get; private set; }

    public string Explanation { get; private set; }

    public string AcknowledgedBy { get; private set; }

    public DateTime AcknowledgedAt { get; private set; }

    public static string KeyOf(Measure? measure) => measure?.ToString() ?? string.Empty;

    public static FigureCheckNote Acknowledge(int enterpriseId, int year, FigureFlag flag, string explanation, string by, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(flag);
        return new FigureCheckNote
        {
            EnterpriseId = enterpriseId,
            Year = year,
            Check = flag.Check,
            MeasureKey = KeyOf(flag.Measure),
            Explanation = explanation,
            AcknowledgedBy = by,
            AcknowledgedAt = now,
        };
    }

    public bool Covers(FigureFlag flag) => flag is not null && flag.Check == Check && KeyOf(flag.Measure) == MeasureKey;
}
