using System.Globalization;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Output;

/// <summary>The user's-language words for the stable codes commands return.</summary>
internal static class Labels
{
    public static string Status(string code) => code switch
    {
        "active" => CliText.StatusActive,
        "moved-out" => CliText.StatusMovedOut,
        _ => CliText.StatusClosed,
    };

    public static string Kind(string code) => code switch
    {
        "initial" => CliText.KindInitial,
        "manual" => CliText.KindManual,
        "review-promotion" => CliText.KindReviewPromotion,
        _ => CliText.KindReviewDemotion,
    };

    public static string OrUnknown(string? value) => value ?? CliText.Unknown;

    public static string Amount(decimal? value) => value?.ToString("#,0.####", CultureInfo.CurrentCulture) ?? string.Empty;

    public static string Time(DateTime utc) => utc.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Format(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);
}
