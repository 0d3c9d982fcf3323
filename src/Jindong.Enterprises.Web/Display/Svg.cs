using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Jindong.Enterprises.Web.Display;

/// <summary>Charts drawn on the server as SVG: nothing to download, readable without scripts, with a text title for screen readers.</summary>
public static class Svg
{
    /// <summary>Each colour at least 4.5 : 1 against white, so the white counts on the pyramid's bands read (GB/T 37668, WCAG 1.4.3).</summary>
    public static readonly IReadOnlyList<string> Palette = ["#1f6fb2", "#1e7a50", "#9a5c00", "#b8403a", "#6b58b3", "#1c6f7d", "#8c6d3f", "#5d6b7a"];

    public sealed record Bar(string Label, double Value, string? Note = null);

    /// <summary>A chart's numbers as a table, the text equivalent beside the picture.</summary>
    public sealed record Table(string Caption, string LabelHeader, string ValueHeader, IReadOnlyList<Bar> Rows);

    /// <summary>Horizontal bars, one row each, scaled to the largest value.</summary>
    public static IHtmlContent HorizontalBars(string title, IReadOnlyList<Bar> bars, int labelWidth = 150)
    {
        const int rowHeight = 26;
        const int width = 640;
        var height = Math.Max(1, bars.Count) * rowHeight + 10;
        var max = bars.Count == 0 ? 1 : Math.Max(1, bars.Max(b => b.Value));
        var plot = width - labelWidth - 70;
        var svg = Open(title, width, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = 5 + i * rowHeight;
            var w = bar.Value <= 0 ? 0 : Math.Max(2, bar.Value / max * plot);
            svg.Append(Invariant($"<text x=\"{labelWidth - 8}\" y=\"{y + 17}\" text-anchor=\"end\" class=\"chart-label\">{Encode(bar.Label)}</text>"));
            svg.Append(Invariant($"<rect x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{w:0.#}\" height=\"{rowHeight - 8}\" rx=\"3\" fill=\"{Palette[i % Palette.Count]}\"/>"));
            svg.Append(Invariant($"<text x=\"{labelWidth + w + 6:0.#}\" y=\"{y + 17}\" class=\"chart-value\">{Encode(bar.Note ?? bar.Value.ToString("#,0.##", CultureInfo.CurrentCulture))}</text>"));
        }

        return Close(svg);
    }

    /// <summary>The tier pyramid: the highest tier on top, each band centred and as wide as its count (wide enough for its count in white).</summary>
    public static IHtmlContent Pyramid(string title, IReadOnlyList<Bar> bandsLowestFirst)
    {
        const int rowHeight = 34;
        const int width = 640;
        const int labelWidth = 90;
        var bands = bandsLowestFirst.Reverse().ToList();
        var height = bands.Count * rowHeight + 10;
        var max = bands.Count == 0 ? 1 : Math.Max(1, bands.Max(b => b.Value));
        var plot = width - labelWidth - 20;
        var centre = labelWidth + plot / 2.0;
        var svg = Open(title, width, height);
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            var y = 5 + i * rowHeight;
            var w = Math.Max(MinimumBandWidth, band.Value / max * plot);
            svg.Append(Invariant($"<text x=\"{labelWidth - 8}\" y=\"{y + 21}\" text-anchor=\"end\" class=\"chart-label\">{Encode(band.Label)}</text>"));
            svg.Append(Invariant($"<rect x=\"{centre - w / 2:0.#}\" y=\"{y + 3}\" width=\"{w:0.#}\" height=\"{rowHeight - 6}\" rx=\"3\" fill=\"{Palette[(bands.Count - 1 - i) % Palette.Count]}\"/>"));
            svg.Append(Invariant($"<text x=\"{centre:0.#}\" y=\"{y + 22}\" text-anchor=\"middle\" class=\"chart-value chart-value-inverse\">{band.Value.ToString("#,0", CultureInfo.CurrentCulture)}</text>"));
        }

        return Close(svg);
    }

    /// <summary>The narrowest band: six digits and a separator of the 12 px bold count fit inside it.</summary>
    private const int MinimumBandWidth = 56;

    /// <summary>Progress toward a target: a bar for now, a line at the plan's base and one at its target.</summary>
    public static IHtmlContent Progress(string title, IReadOnlyList<(string Label, int Current, int? Base, int? Target)> rows, string baseLabel, string targetLabel)
    {
        const int rowHeight = 40;
        const int width = 640;
        const int labelWidth = 90;
        var height = rows.Count * rowHeight + 34;
        var plot = width - labelWidth - 80;
        var svg = Open(title, width, height);
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, current, @base, target) = rows[i];
            var scale = Math.Max(1, Math.Max(current, target ?? 0));
            var y = 5 + i * rowHeight;
            var done = target is > 0 && current >= target;
            svg.Append(Invariant($"<text x=\"{labelWidth - 8}\" y=\"{y + 20}\" text-anchor=\"end\" class=\"chart-label\">{Encode(label)}</text>"));
            svg.Append(Invariant($"<rect x=\"{labelWidth}\" y=\"{y + 6}\" width=\"{plot}\" height=\"20\" rx=\"3\" fill=\"#e8edf2\"/>"));
            svg.Append(Invariant($"<rect x=\"{labelWidth}\" y=\"{y + 6}\" width=\"{(double)current / scale * plot:0.#}\" height=\"20\" rx=\"3\" fill=\"{(done ? Palette[1] : Palette[0])}\"/>"));
            if (@base is { } b)
            {
                var x = labelWidth + (double)b / scale * plot;
                svg.Append(Invariant($"<line x1=\"{x:0.#}\" x2=\"{x:0.#}\" y1=\"{y + 2}\" y2=\"{y + 30}\" stroke=\"#888\" stroke-dasharray=\"3 2\"/>"));
            }

            if (target is { } t)
            {
                var x = labelWidth + (double)t / scale * plot;
                svg.Append(Invariant($"<line x1=\"{x:0.#}\" x2=\"{x:0.#}\" y1=\"{y + 2}\" y2=\"{y + 30}\" stroke=\"#b8403a\" stroke-width=\"2\"/>"));
            }

            var text = target is { } tt ? $"{current} / {tt}" : current.ToString(CultureInfo.CurrentCulture);
            svg.Append(Invariant($"<text x=\"{labelWidth + plot + 6}\" y=\"{y + 21}\" class=\"chart-value\">{Encode(text)}</text>"));
        }

        var legendY = rows.Count * rowHeight + 22;
        svg.Append(Invariant($"<line x1=\"{labelWidth}\" x2=\"{labelWidth + 20}\" y1=\"{legendY - 4}\" y2=\"{legendY - 4}\" stroke=\"#888\" stroke-dasharray=\"3 2\"/>"));
        svg.Append(Invariant($"<text x=\"{labelWidth + 26}\" y=\"{legendY}\" class=\"chart-note\">{Encode(baseLabel)}</text>"));
        svg.Append(Invariant($"<line x1=\"{labelWidth + 200}\" x2=\"{labelWidth + 220}\" y1=\"{legendY - 4}\" y2=\"{legendY - 4}\" stroke=\"#b8403a\" stroke-width=\"2\"/>"));
        svg.Append(Invariant($"<text x=\"{labelWidth + 226}\" y=\"{legendY}\" class=\"chart-note\">{Encode(targetLabel)}</text>"));
        return Close(svg);
    }

    /// <summary>Output by year as columns, with the target tier's threshold as a line (values in 万元).</summary>
    public static IHtmlContent Columns(string title, IReadOnlyList<Bar> years, double? threshold, string? thresholdLabel)
    {
        const int width = 640;
        const int height = 240;
        const int left = 20;
        const int bottom = 30;
        const int top = 40;
        var max = Math.Max(1, Math.Max(years.Count == 0 ? 0 : years.Max(y => y.Value), threshold ?? 0));
        var plotHeight = height - bottom - top;
        var slot = (width - 2 * left) / (double)Math.Max(1, years.Count);
        var svg = Open(title, width, height);
        svg.Append(Invariant($"<line x1=\"{left}\" x2=\"{width - left}\" y1=\"{height - bottom}\" y2=\"{height - bottom}\" stroke=\"#888\"/>"));
        for (var i = 0; i < years.Count; i++)
        {
            var year = years[i];
            var h = year.Value / max * plotHeight;
            var w = Math.Min(slot * 0.6, 90);
            var x = left + i * slot + (slot - w) / 2;
            svg.Append(Invariant($"<rect x=\"{x:0.#}\" y=\"{height - bottom - h:0.#}\" width=\"{w:0.#}\" height=\"{h:0.#}\" rx=\"2\" fill=\"#1f6fb2\"/>"));
            svg.Append(Invariant($"<text x=\"{x + w / 2:0.#}\" y=\"{height - bottom - h - 5:0.#}\" text-anchor=\"middle\" class=\"chart-value\">{Encode(year.Note ?? string.Empty)}</text>"));
            svg.Append(Invariant($"<text x=\"{x + w / 2:0.#}\" y=\"{height - 10}\" text-anchor=\"middle\" class=\"chart-label\">{Encode(year.Label)}</text>"));
        }

        if (threshold is { } line)
        {
            var y = height - bottom - line / max * plotHeight;
            svg.Append(Invariant($"<line x1=\"{left}\" x2=\"{width - left}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#b8403a\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>"));

            // The legend sits above the plot, where no column or value label reaches.
            svg.Append(Invariant($"<line x1=\"{left}\" x2=\"{left + 24}\" y1=\"10\" y2=\"10\" stroke=\"#b8403a\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>"));
            svg.Append(Invariant($"<text x=\"{left + 30}\" y=\"14\" class=\"chart-note chart-target\">{Encode(thresholdLabel ?? string.Empty)}</text>"));
        }

        return Close(svg);
    }

    private static StringBuilder Open(string title, int width, int height) =>
        new StringBuilder()
            .Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Encode(title)}\">"))
            .Append("<title>").Append(Encode(title)).Append("</title>");

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
