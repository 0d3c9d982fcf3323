using System.Globalization;
using System.Text;

namespace Jindong.Enterprises.Application.Common;

/// <summary>
/// Text from outside (an uploaded file's name, an old audit entry, an environment variable) as it
/// may be written to a log or a terminal: control characters and invisible format characters
/// become visible escapes ("\u001B"), so none can start a forged log line, move the cursor, recolour
/// the screen or reorder what is shown.
/// </summary>
public static class VisibleText
{
    /// <param name="keepLineBreaks">Keep '\n' (a table cell of several lines); every other such character is escaped.</param>
    public static string Escape(string text, bool keepLineBreaks = false)
    {
        if (!text.Any(c => NeedsEscape(c, keepLineBreaks)))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (NeedsEscape(c, keepLineBreaks))
            {
                escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(char c, bool keepLineBreaks) =>
        (char.IsControl(c) && !(keepLineBreaks && c == '\n')) || char.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
