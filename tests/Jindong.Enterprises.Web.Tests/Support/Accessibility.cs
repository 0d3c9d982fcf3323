using System.Text.Json;
using Microsoft.Playwright;

namespace Jindong.Enterprises.Web.Tests.Support;

/// <summary>
/// Checks a page as GB/T 37668-2019 (WCAG 2.1 AA) asks: axe-core's WCAG 2.1 A/AA rules (the
/// script from tests/npm-tools, evaluated in the page, so nothing is fetched and the page's CSP
/// stays as it is), the contrast of the charts' SVG labels axe does not check, and sideways scroll.
/// </summary>
public static class Accessibility
{
    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(NpmTools.Package("axe-core", "axe.min.js")));

    /// <summary>axe-core's WCAG 2.0/2.1 A and AA violations on the page as it stands: rule, help, elements.</summary>
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(AxeSource.Value);
        }

        var json = await page.EvaluateAsync<string>("""
            async () => {
                const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                return JSON.stringify(result.violations.map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map(n => n.target.join(' ')).join(', ')}`));
            }
            """);
        return JsonSerializer.Deserialize<string[]>(json)!;
    }

    /// <summary>Every SVG chart label below 4.5 : 1 against what it is drawn on (a band it sits inside, else the white card).</summary>
    public static async Task<IReadOnlyList<string>> LowContrastChartTextAsync(IPage page) =>
        await page.EvaluateAsync<string[]>($$"""
            () => {
                {{ContrastScript}}
                const failures = [];
                for (const text of document.querySelectorAll('svg.chart text')) {
                    const box = text.getBBox();
                    const under = [...text.parentNode.querySelectorAll('rect')].filter(rect => {
                        const r = rect.getBBox();
                        return box.x >= r.x && box.x + box.width <= r.x + r.width && box.y >= r.y && box.y + box.height <= r.y + r.height;
                    }).pop();
                    const background = under ? getComputedStyle(under).fill : 'rgb(255, 255, 255)';
                    const ratio = contrast(getComputedStyle(text).fill, background);
                    if (ratio < 4.5) failures.push(`"${text.textContent}" ${getComputedStyle(text).fill} on ${background}: ${ratio.toFixed(2)} : 1`);
                }
                return failures;
            }
            """);

    /// <summary>The contrast of every chart label drawn on a band (the pyramid's counts): label and ratio.</summary>
    public static async Task<IReadOnlyList<(string Label, double Ratio)>> LabelsOnBandsAsync(IPage page) =>
        (await page.EvaluateAsync<LabelContrast[]>($$"""
            () => {
                {{ContrastScript}}
                return [...document.querySelectorAll('svg.chart text')].map(text => {
                    const box = text.getBBox();
                    const band = [...text.parentNode.querySelectorAll('rect')].filter(rect => {
                        const r = rect.getBBox();
                        return box.x >= r.x && box.x + box.width <= r.x + r.width && box.y >= r.y && box.y + box.height <= r.y + r.height;
                    }).pop();
                    return band ? { label: text.textContent, ratio: contrast(getComputedStyle(text).fill, getComputedStyle(band).fill) } : null;
                }).filter(found => found);
            }
            """)).Select(l => (l.Label, l.Ratio)).ToList();

    private sealed class LabelContrast
    {
        public string Label { get; set; } = string.Empty;

        public double Ratio { get; set; }
    }

    /// <summary>What sticks out of the viewport and makes the page scroll sideways; empty when the page reflows.</summary>
    public static async Task<IReadOnlyList<string>> SidewaysOverflowAsync(IPage page) => await page.EvaluateAsync<string[]>("""
        () => {
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width) return [];
            const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-wrap *'));
            return wide.filter(e => !wide.some(inner => inner !== e && e.contains(inner))).slice(0, 8)
                .map(e => `${e.tagName.toLowerCase()}.${e.className} "${e.textContent.trim().slice(0, 30)}" right ${Math.round(e.getBoundingClientRect().right)} > ${width}`);
        }
        """);

    /// <summary>The focused element's visible focus indicator: its best contrast (outline or ring) against the background it sits on, 0 without one.</summary>
    public static Task<double> FocusIndicatorContrastAsync(IPage page) =>
        page.EvaluateAsync<double>($$"""
            () => {
                {{ContrastScript}}
                const element = document.activeElement;
                const style = getComputedStyle(element);
                let node = element.parentElement, background = 'rgb(255, 255, 255)';
                for (; node; node = node.parentElement) {
                    const color = getComputedStyle(node).backgroundColor;
                    if (!color.startsWith('rgba(0, 0, 0, 0)') && color !== 'transparent') { background = color; break; }
                }
                const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? contrast(style.outlineColor, background) : 0;
                const ring = (style.boxShadow.match(/rgba?\([^)]*\)/) || [])[0];
                return Math.max(outline, ring ? contrast(ring, background) : 0);
            }
            """);

    /// <summary>WCAG's relative luminance and contrast ratio of two CSS rgb() colours.</summary>
    private const string ContrastScript = """
        const channels = color => color.match(/[\d.]+/g).slice(0, 3).map(Number);
        const luminance = color => {
            const [r, g, b] = channels(color).map(c => c / 255).map(c => c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const contrast = (a, b) => {
            const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
            return (light + 0.05) / (dark + 0.05);
        };
        """;
}
