using System.CommandLine;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Cli.Hosting;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>`jindong firms list|show|add|update|move-out`.</summary>
internal static class FirmsVerbs
{
    public static Command Build()
    {
        var firms = new Command("firms", CliText.FirmsDescription);
        firms.Subcommands.Add(List());
        firms.Subcommands.Add(Show());
        firms.Subcommands.Add(Add());
        firms.Subcommands.Add(Update());
        firms.Subcommands.Add(MoveOut());
        return firms;
    }

    private static Command List()
    {
        var township = new Option<string?>("--township") { Description = CliText.TownshipOption };
        var tier = new Option<string?>("--tier") { Description = CliText.TierOption };
        var target = new Option<string?>("--target") { Description = CliText.TargetOption };
        var segment = new Option<string?>("--segment") { Description = CliText.SegmentOption };
        var status = new Option<string?>("--status") { Description = CliText.StatusOption };
        var text = new Option<string?>("--text") { Description = CliText.TextOption };
        var designation = new Option<string?>("--designation") { Description = CliText.DesignationFilterOption };
        var sort = new Option<string?>("--sort") { Description = Labels.Format(CliText.SortOption, string.Join("、", ListEnterprises.SortKeys)) };
        var page = new Option<int?>("--page") { Description = CliText.PageOption };
        var pageSize = new Option<int>("--page-size") { Description = CliText.PageSizeOption, DefaultValueFactory = _ => 50 };
        var format = OutputFormat.Option(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var command = new Command("list", CliText.FirmsListDescription) { township, tier, target, segment, status, text, designation, sort, page, pageSize, format };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, writer, token) =>
        {
            var query = new ListEnterprises(
                parse.GetValue(township), parse.GetValue(segment), parse.GetValue(tier), parse.GetValue(target),
                parse.GetValue(status), parse.GetValue(text), Sort: parse.GetValue(sort), Designation: parse.GetValue(designation));
            var firms = new List<EnterpriseView>();
            int total;
            if (parse.GetValue(page) is { } onePage)
            {
                var result = await mediator.Send(query with { Page = onePage, PageSize = parse.GetValue(pageSize) }, token);
                firms.AddRange(result.Items);
                total = result.Total;
            }
            else
            {
                PagedResult<EnterpriseView> result;
                var next = 1;
                do
                {
                    result = await mediator.Send(query with { Page = next++, PageSize = ListEnterprises.MaxPageSize }, token);
                    firms.AddRange(result.Items);
                }
                while (firms.Count < result.Total && result.Items.Count > 0);
                total = result.Total;
            }

            FirmsOutput.WriteList(firms, total, parse.GetValue(format)!, writer);
        }, ct));
        return command;
    }

    private static Command Show()
    {
        var firm = FirmArgument.Create();
        var format = OutputFormat.Option(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("show", CliText.FirmsShowDescription) { firm, format };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            FirmsOutput.WriteDetails(await mediator.Send(new GetEnterprise(id), token), parse.GetValue(format)!);
        }, ct));
        return command;
    }

    private static Command Add()
    {
        var name = new Option<string>("--name") { Description = CliText.NameOption, Required = true };
        var township = new Option<string>("--township") { Description = CliText.TownshipOption, Required = true };
        var creditCode = new Option<string?>("--credit-code") { Description = CliText.CreditCodeOption };
        var segment = new Option<string?>("--segment") { Description = CliText.SegmentOption };
        var target = new Option<string?>("--target") { Description = CliText.TargetOption };
        var creditCodeOverride = CreditCodeOverrideOption();
        var effective = EffectiveOption.Create();
        var command = new Command("add", CliText.FirmsAddDescription) { name, township, creditCode, creditCodeOverride, segment, target, effective };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var id = await mediator.Send(
                new RegisterEnterprise(parse.GetValue(name)!, parse.GetValue(township)!, parse.GetValue(creditCode), parse.GetValue(segment), parse.GetValue(target), parse.GetValue(effective), parse.GetValue(creditCodeOverride)),
                token);
            Tables.Line(Labels.Format(CliText.Registered, parse.GetValue(name)!.Trim(), id));
        }, ct));
        return command;
    }

    private static Command Update()
    {
        var firm = FirmArgument.Create();
        var name = new Option<string?>("--name") { Description = CliText.NameOption };
        var township = new Option<string?>("--township") { Description = CliText.TownshipOption };
        var creditCode = new Option<string?>("--credit-code") { Description = CliText.CreditCodeOption };
        var segment = new Option<string?>("--segment") { Description = CliText.SegmentOption };
        var creditCodeOverride = CreditCodeOverrideOption();
        var effective = EffectiveOption.Create();
        var command = new Command("update", CliText.FirmsUpdateDescription) { firm, name, township, creditCode, creditCodeOverride, segment, effective };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            var updated = await mediator.Send(
                new UpdateEnterprise(id, parse.GetValue(name), parse.GetValue(township), parse.GetValue(creditCode), parse.GetValue(segment), CreditCodeOverride: parse.GetValue(creditCodeOverride), EffectiveOn: parse.GetValue(effective)),
                token);
            Tables.Line(Labels.Format(CliText.Updated, updated.Name));
        }, ct));
        return command;
    }

    private static Option<string?> CreditCodeOverrideOption() => new("--credit-code-override") { Description = CliText.CreditCodeOverrideOption };

    private static Command MoveOut()
    {
        var firm = FirmArgument.Create();
        var reason = new Option<string>("--reason") { Description = CliText.ReasonOption, Required = true };
        var closed = new Option<bool>("--closed") { Description = CliText.ClosedOption };
        var effective = EffectiveOption.Create();
        var command = new Command("move-out", CliText.FirmsMoveOutDescription) { firm, reason, closed, effective };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            var moved = await mediator.Send(new MoveOutEnterprise(id, parse.GetValue(reason)!, parse.GetValue(closed), parse.GetValue(effective)), token);
            Tables.Line(Labels.Format(CliText.MovedOut, moved.Name, Labels.Status(moved.Status)));
        }, ct));
        return command;
    }
}
