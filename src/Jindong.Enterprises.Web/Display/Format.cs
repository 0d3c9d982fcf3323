using System.Globalization;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Web.Resources;

namespace Jindong.Enterprises.Web.Display;

/// <summary>Numbers, money and times as Chinese users read them: 万元 below 1 亿元, 亿元 above.</summary>
public static class Format
{
    private const decimal WanPerYi = Domain.Figures.Money.WanPerYi;

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

    public static string Number(decimal? value) => TableCells.Amount(value);

    public static string Number(int? value) => value?.ToString("#,0", CultureInfo.CurrentCulture) ?? TableCells.Empty;

    /// <summary>A value for an input box: invariant digits, no grouping, so it posts back as typed.</summary>
    public static string Input(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Percent(double? rate) => TableCells.Show(rate, CellKind.Percent);

    /// <summary>A UTC time in China Standard Time (UTC+8), where every user of the registry is.</summary>
    public static string Time(DateTime utc) => TableCells.Time(utc);

    public static string Tier(string? tier) => tier ?? WebText.Unknown;

    public static string Status(string code) => Codes.Label("status", code);

    public static string MoveKind(string code) => Codes.Label("kind", code);

    public static string TargetStatus(string code) => Codes.Label("target", code);

    public static string GapStatus(string code) => Codes.Label("gap", code);

    public static string Decision(string code) => Codes.Label("decision", code);

    public static string Role(string? code) => Codes.Label("role", code ?? "viewer");
}
