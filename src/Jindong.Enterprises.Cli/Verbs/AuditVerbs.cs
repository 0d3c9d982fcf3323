using System.CommandLine;
using Jindong.Enterprises.Application.Auditing;
using Jindong.Enterprises.Cli.Hosting;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>`jindong audit`.</summary>
internal static class AuditVerbs
{
    public static Command Build()
    {
        var firm = new Option<string?>("--firm") { Description = CliText.AuditFirmOption };
        var limit = new Option<int>("--limit") { Description = CliText.LimitOption, DefaultValueFactory = _ => 200 };
        var format = OutputFormat.Option(OutputFormat.Table, OutputFormat.Json);
        var audit = new Command("audit", CliText.AuditDescription) { firm, limit, format };
        audit.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            int? id = parse.GetValue(firm) is { } reference ? await mediator.ResolveAsync(reference, token) : null;
            AuditOutput.Write(await mediator.Send(new ListAuditEntries(id, parse.GetValue(limit)), token), parse.GetValue(format)!);
        }, ct));
        return audit;
    }
}
