namespace Jindong.Enterprises.Application.Common;

/// <summary>
/// The registry's calendar: China Standard Time (UTC+8, no daylight saving), whatever the server's
/// zone. A year "has ended" and "the current year" are read here, and times are shown in it.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset Now(TimeProvider clock) => clock.GetUtcNow().ToOffset(Offset);

    public static int CurrentYear(TimeProvider clock) => Now(clock).Year;

    /// <summary>Today's date in China.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock).DateTime);

    /// <summary>The UTC instant a China day ends (midnight of the next day): "as of" that day means recorded before it.</summary>
    public static DateTime EndOf(DateOnly day) => new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), Offset).UtcDateTime;

    /// <summary>A day as the registry writes it: 2024-06-30.</summary>
    public static string Show(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A stored UTC time as China time.</summary>
    public static DateTimeOffset Of(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Offset);
}
