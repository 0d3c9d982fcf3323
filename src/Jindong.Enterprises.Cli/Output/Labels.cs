using System.Globalization;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Output;

/// <summary>The user's-language words for the stable codes commands return.</summary>
internal static class Labels
{
    public static string Status(string code) => Codes.Label("status", code);

    public static string Kind(string code) => Codes.Label("kind", code);

    public static string Role(string code) => Codes.Label("role", code);

    public static string OrUnknown(string? value) => value ?? CliText.Unknown;

    public static string Amount(decimal? value) => TableCells.Amount(value);

    public static string Time(DateTime utc) => TableCells.Time(utc);

    public static string Format(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);
}
