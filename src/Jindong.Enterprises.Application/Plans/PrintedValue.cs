using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Domain.Plans;

namespace Jindong.Enterprises.Application.Plans;

/// <summary>
/// A target or base as a user types it, read the way the plans print them: 「150」, 「22以上」 or 「≥22」
/// (at least), 「5以下」 or 「≤5」 (at most), 「45%」, 「[300]」 (a five-year total); anything else —
/// 「完成省下达任务」, 「翻倍」 — is a phrase with no number. The text is kept as typed.
/// </summary>
public static class PrintedValue
{
    private static readonly string[] Empty = ["", "—", "-", "/"];

    public static (decimal? Value, TargetComparison Comparison) Read(string? text)
    {
        var s = (text ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        if (Empty.Contains(s))
        {
            return (null, TargetComparison.Phrase);
        }

        var comparison = TargetComparison.AtLeast;
        if (s.StartsWith('≥') || s.EndsWith("以上", StringComparison.Ordinal))
        {
            s = s.Trim('≥').Replace("以上", string.Empty, StringComparison.Ordinal);
        }
        else if (s.StartsWith('≤') || s.EndsWith("以下", StringComparison.Ordinal))
        {
            comparison = TargetComparison.AtMost;
            s = s.Trim('≤').Replace("以下", string.Empty, StringComparison.Ordinal);
        }

        s = s.TrimStart('[').TrimEnd(']').TrimEnd('%', '％');
        return AmountText.TryParse(s, out var value) ? (value, comparison) : (null, TargetComparison.Phrase);
    }
}
