using System.Globalization;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Output;

/// <summary>Dates on the command line: YYYY-MM-DD, China dates.</summary>
internal static class Dates
{
    private const string Pattern = "yyyy-MM-dd";

    public static DateOnly Parse(string option, string text) =>
        DateOnly.TryParseExact(text.Trim(), Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InputValidationException(option, Labels.Format(CliText.DateInvalid, option, text));

    public static string Show(DateOnly? date) => date?.ToString(Pattern, CultureInfo.InvariantCulture) ?? string.Empty;
}
