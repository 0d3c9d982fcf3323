namespace Jindong.Enterprises.Domain.Plans;

/// <summary>
/// 入园 — where a firm stands from a year on: in a platform (Appendix 1), a micro-park (Appendix 2),
/// another named park, or outside every park. One row per firm and year it moved; the place in a
/// later year is the latest row at or before it, so history is kept, never rewritten.
/// </summary>
public sealed class ParkMembership
{
    public const int ParkNameMaxLength = 100;

    private ParkMembership()
    {
    }

    public int Id { get; private set; }

    public int EnterpriseId { get; private set; }

    /// <summary>The year the firm moved in (or out).</summary>
    public int Year { get; private set; }

    public ParkPlace Place { get; private set; }

    public int? PlatformId { get; private set; }

    public int? MicroParkId { get; private set; }

    /// <summary>The park's name, for <see cref="ParkPlace.OtherPark"/>.</summary>
    public string? ParkName { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public bool InPark => Place != ParkPlace.Outside;

    public static ParkMembership Record(int enterpriseId, int year, ParkPlace place, int? platformId, int? microParkId, string? parkName, DateTime now)
    {
        var complete = place switch
        {
            ParkPlace.Platform => platformId is not null && microParkId is null && parkName is null,
            ParkPlace.MicroPark => microParkId is not null && platformId is null && parkName is null,
            ParkPlace.OtherPark => !string.IsNullOrWhiteSpace(parkName) && platformId is null && microParkId is null,
            _ => platformId is null && microParkId is null && parkName is null,
        };
        if (!complete)
        {
            throw new ArgumentException("A park place names exactly the park its kind needs.", nameof(place));
        }

        return new ParkMembership
        {
            EnterpriseId = enterpriseId,
            Year = year,
            Place = place,
            PlatformId = platformId,
            MicroParkId = microParkId,
            ParkName = parkName,
            RecordedAt = now,
        };
    }

    /// <summary>Replaces what was recorded for the same year (a correction of that year's move).</summary>
    public bool Correct(ParkPlace place, int? platformId, int? microParkId, string? parkName, DateTime now)
    {
        if (Place == place && PlatformId == platformId && MicroParkId == microParkId && ParkName == parkName)
        {
            return false;
        }

        var corrected = Record(EnterpriseId, Year, place, platformId, microParkId, parkName, now);
        (Place, PlatformId, MicroParkId, ParkName, RecordedAt) = (corrected.Place, corrected.PlatformId, corrected.MicroParkId, corrected.ParkName, now);
        return true;
    }
}
