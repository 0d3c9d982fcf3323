namespace Jindong.Enterprises.Application.Export;

/// <summary>
/// Text written to a CSV file that a spreadsheet would take for a formula (it starts with =, +,
/// -, @, a tab or a carriage return: "=HYPERLINK(…)" in a firm's name) gets a leading apostrophe,
/// as OWASP recommends against CSV injection; the import takes the apostrophe off again. A text that
/// is a plain signed number ("-12", as a refused cell is quoted in an error report) is no formula in
/// any spreadsheet and is written as it is.
/// </summary>
public static partial class SpreadsheetText
{
    private const char Guard = '\'';

    public static string Neutralize(string text) => StartsLikeFormula(text, 0) && !PlainNumber().IsMatch(text) ? Guard + text : text;

    /// <summary>The text as it was before <see cref="Neutralize"/>.</summary>
    public static string Restore(string text) => text.Length > 1 && text[0] == Guard && StartsLikeFormula(text, 1) ? text[1..] : text;

    private static bool StartsLikeFormula(string text, int at) => text.Length > at && text[at] is '=' or '+' or '-' or '@' or '\t' or '\r';

    [System.Text.RegularExpressions.GeneratedRegex(@"^[+-][0-9]+(\.[0-9]+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PlainNumber();
}
