using System.Text.Json.Nodes;
using Jindong.Enterprises.Application.Efficiency;
using Jindong.Enterprises.Testing;

namespace Jindong.Enterprises.Tests.Application.Efficiency;

/// <summary>The method file as a county writes it: what a field left out means.</summary>
public sealed class MethodJsonTests
{
    private static JsonNode Seeded() => JsonNode.Parse(File.ReadAllText(RepositoryFiles.Path("seed", "efficiency-method-2023.json")))!;

    [Fact]
    public void A_line_written_without_its_comparison_includes_the_number_as_3万元以下_does()
    {
        var file = Seeded();
        file["lowEfficiency"]!.AsObject().Remove("inclusive");

        var line = MethodJson.Read(file.ToJsonString()).LowEfficiency;

        Assert.True(line.IsLow(3m));
        Assert.False(line.IsLow(3.0001m));
    }

    [Fact]
    public void A_method_written_without_a_line_takes_seed_003s_3万元_at_or_under()
    {
        var file = Seeded();
        file.AsObject().Remove("lowEfficiency");

        var line = MethodJson.Read(file.ToJsonString()).LowEfficiency;

        Assert.Equal((3m, true), (line.TaxPerMu, line.Inclusive));
    }

    [Fact]
    public void A_line_written_as_not_inclusive_leaves_a_firm_on_it_above_it()
    {
        var file = Seeded();
        file["lowEfficiency"]!["inclusive"] = false;

        var line = MethodJson.Read(file.ToJsonString()).LowEfficiency;

        Assert.False(line.IsLow(3m));
        Assert.True(line.IsLow(2.9999m));
    }
}
