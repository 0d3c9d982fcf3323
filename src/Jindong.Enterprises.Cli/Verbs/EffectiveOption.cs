using System.CommandLine;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>`--effective yyyy-MM-dd`: the day a change of a firm's status, township, segment or target took effect (default today).</summary>
internal static class EffectiveOption
{
    public static Option<DateOnly?> Create() => new("--effective") { Description = CliText.EffectiveOption };
}
