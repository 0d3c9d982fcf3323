using System.Globalization;
using Jindong.Enterprises.Web.Resources;

namespace Jindong.Enterprises.Web.Display;

/// <summary>Numbers, money and times as Chinese users read them: 万元 below 1 亿元, 亿元 above.</summary>
public static class Format
{
    private const decimal WanPerYi = 10_000m;

    /// <summary>An amount stored in 万元, shown in 万元 or 亿元.</summary>
    public static string Money(decimal? wan)
    {
        if (wan is not { } value)
        {
            return "—";
        }

        return Math.Abs(value) >= WanPerYi
            ? string.Format(CultureInfo.CurrentCulture, WebText.UnitYi, (value / WanPerYi).ToString("#,0.##", CultureInfo.CurrentCulture))
            : string.Format(CultureInfo.CurrentCulture, WebText.UnitWan, value.ToString("#,0.##", CultureInfo.CurrentCulture));
    }

    public static string Number(decimal? value) => value?.ToString("#,0.####", CultureInfo.CurrentCulture) ?? "—";

    public static string Number(int? value) => value?.ToString("#,0", CultureInfo.CurrentCulture) ?? "—";

    /// <summary>A value for an input box: invariant digits, no grouping, so it posts back as typed.</summary>
    public static string Input(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Percent(double? rate) => rate?.ToString("P1", CultureInfo.CurrentCulture) ?? "—";

    /// <summary>A UTC time in China Standard Time (UTC+8), where every user of the registry is.</summary>
    public static string Time(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).AddHours(8).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Tier(string? tier) => tier ?? WebText.Unknown;

    public static string Status(string code) => code switch
    {
        "active" => WebText.StatusActive,
        "moved-out" => WebText.StatusMovedOut,
        _ => WebText.StatusClosed,
    };

    public static string MoveKind(string code) => code switch
    {
        "initial" => WebText.KindInitial,
        "manual" => WebText.KindManual,
        "review-promotion" => WebText.KindReviewPromotion,
        _ => WebText.KindReviewDemotion,
    };

    public static string TargetStatus(string code) => code switch
    {
        "reached" => WebText.TargetReached,
        "behind" => WebText.TargetBehind,
        "no-figures" => WebText.TargetNoFigures,
        _ => WebText.TargetNone,
    };

    public static string GapStatus(string code) => code switch
    {
        "reached" => WebText.TargetReached,
        "behind" => WebText.TargetBehind,
        "no-figures" => WebText.TargetNoFigures,
        _ => WebText.PastDeadline,
    };

    public static string Decision(string code) => code switch
    {
        "pending" => WebText.DecisionPending,
        "approved" => WebText.DecisionApproved,
        _ => WebText.DecisionRejected,
    };

    public static string Role(string? code) => code switch
    {
        "admin" => WebText.RoleAdmin,
        "township" => WebText.RoleTownship,
        "reviewer" => WebText.RoleReviewer,
        _ => WebText.RoleViewer,
    };

    public static string Command(string command) =>
        WebText.ResourceManager.GetString("Command" + command, CultureInfo.CurrentUICulture) ?? command;
}
