namespace Jindong.Enterprises.Domain.Efficiency;

/// <summary>宗地 — a parcel of land a firm owns, leases in or leases out, over a span of years.</summary>
public sealed class LandParcel
{
    public const int NumberMaxLength = 50;

    private LandParcel()
    {
        Number = string.Empty;
        RecordedBy = string.Empty;
    }

    public int Id { get; private set; }

    public int EnterpriseId { get; private set; }

    /// <summary>宗地号; unique for the firm (the same parcel may be one firm's leased-out and another's leased-in).</summary>
    public string Number { get; private set; }

    public decimal AreaMu { get; private set; }

    public LandTenure Tenure { get; private set; }

    public int FromYear { get; private set; }

    /// <summary>The last year held; open when null.</summary>
    public int? ToYear { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public static LandParcel Record(int enterpriseId, string number, decimal areaMu, LandTenure tenure, int fromYear, int? toYear, string by, DateTime now) =>
        new() { EnterpriseId = enterpriseId, Number = number, AreaMu = areaMu, Tenure = tenure, FromYear = fromYear, ToYear = toYear, RecordedBy = by, RecordedAt = now };

    public ParcelSpan Span => new(AreaMu, Tenure, FromYear, ToYear);
}

/// <summary>亩均评价档案 — what the exemptions read of a firm: the year it was established and its kind.</summary>
public sealed class EfficiencyProfile
{
    private EfficiencyProfile()
    {
        UpdatedBy = string.Empty;
    }

    public int EnterpriseId { get; private set; }

    /// <summary>成立年份.</summary>
    public int? EstablishedYear { get; private set; }

    /// <summary>企业类别 as a method's exemptions list them (e.g. 公用事业).</summary>
    public string? Kind { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public static EfficiencyProfile For(int enterpriseId) => new() { EnterpriseId = enterpriseId };

    public void Set(int? establishedYear, string? kind, string by, DateTime now)
    {
        EstablishedYear = establishedYear;
        Kind = kind;
        UpdatedBy = by;
        UpdatedAt = now;
    }
}
