using System.Globalization;
using System.Text.RegularExpressions;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Reviews;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Testing;

namespace Jindong.Enterprises.Tests.Architecture;

/// <summary>The tier rule and the stored enum forms are written once: no other source file spells them.</summary>
public sealed class OneRuleOnePlaceTests
{
    private static readonly string[] Sources = Directory
        .EnumerateFiles(RepositoryFiles.Path("src"), "*.cs", SearchOption.AllDirectories)
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        .ToArray();

    [Fact]
    public void No_tier_threshold_appears_in_the_sources_outside_the_tier_scale()
    {
        var thresholds = TierScale.All.Where(d => d.ThresholdWan > 0)
            .Select(d => d.ThresholdWan.ToString("0", CultureInfo.InvariantCulture))
            .ToList();
        var spelled = new Regex(@"\b(" + string.Join('|', thresholds.Select(t => Regex.Replace(t, @"(\d)(?=(\d{3})+$)", "$1_?"))) + @")(\.0+)?m\b");

        var offenders = Sources
            // The scale itself, and the unit 1 亿元 = 10,000 万元 (which 超亿元's threshold equals by definition).
            .Where(f => !f.EndsWith($"Tiers{Path.DirectorySeparatorChar}TierScale.cs", StringComparison.Ordinal)
                && !f.EndsWith($"Figures{Path.DirectorySeparatorChar}Money.cs", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => spelled.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(RepositoryFiles.Root, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, string.Join('\n', offenders));
    }

    [Fact]
    public void No_stored_enum_value_is_spelled_as_a_sql_literal_in_the_sources()
    {
        var names = new[] { typeof(Tier), typeof(EnterpriseStatus), typeof(TierMoveKind), typeof(ProposalKind), typeof(ProposalDecision), typeof(TargetStatus), typeof(ReviewStatus) }
            .SelectMany(Enum.GetNames)
            .Distinct();
        var literal = new Regex(@"'(" + string.Join('|', names) + @")'");

        var offenders = Sources
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}migrations{Path.DirectorySeparatorChar}", StringComparison.OrdinalIgnoreCase))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => literal.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(RepositoryFiles.Root, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, string.Join('\n', offenders));
    }
}
