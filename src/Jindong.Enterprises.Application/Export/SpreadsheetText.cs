namespace Jindong.Enterprises.Application.Export;

/// <summary>
/// Text written to a CSV file that a spreadsheet would take for a formula (it starts with =, +,
/// -, @, a tab or a carriage return: "=HYPERLINK(…)" in a firm's name) gets a leading apostrophe,
/// as OWASP recommends against CSV injection; the import takes the apostrophe off again. Numbers
/// are never text here, so a negative amount stays a number.
/// </summary>
public static class SpreadsheetText
{
    private const char Guard = '\'';

    public static string Neutralize(string text) => StartsLikeFormula(text, 0) ? Guard + text : text;

    /// <summary>The text as it was before <see cref="Neutralize"/>.</summary>
    public static string Restore(string text) => text.Length > 1 && text[0] == Guard && StartsLikeFormula(text, 1) ? text[1..] : text;

    private static bool StartsLikeFormula(string text, int at) => text.Length > at && text[at] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
