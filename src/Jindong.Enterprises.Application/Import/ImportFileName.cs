namespace Jindong.Enterprises.Application.Import;

/// <summary>
/// The name an imported file is recorded and shown under: its last path segment, without control
/// characters (line breaks that would forge log lines, escape sequences that would drive a
/// terminal) and invisible format characters (a right-to-left override that would disguise
/// ".csv"), so a name chosen by whoever uploads it is only ever text.
/// </summary>
public static class ImportFileName
{
    /// <summary>What stands for a name that was nothing but such characters.</summary>
    public const string Fallback = "upload";

    public static string Clean(string name)
    {
        var kept = string.Concat(name.Where(c => !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format));
        var last = Path.GetFileName(kept.Replace('\\', '/')).Trim();
        return last.Length == 0 ? Fallback : last;
    }
}
