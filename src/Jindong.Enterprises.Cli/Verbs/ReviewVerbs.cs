using System.CommandLine;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Cli.Hosting;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>`jindong review start|show|decide|approve-all|sign-off`.</summary>
internal static class ReviewVerbs
{
    public static Command Build()
    {
        var review = new Command("review", CliText.ReviewDescription);
        review.Subcommands.Add(Start());
        review.Subcommands.Add(Show());
        review.Subcommands.Add(Decide());
        review.Subcommands.Add(ApproveAll());
        review.Subcommands.Add(SignOff());
        review.Subcommands.Add(Reopen());
        return review;
    }

    private static Option<int> Year() => new("--year") { Description = CliText.YearOption, Required = true };

    private static Option<string> Reason() => new("--reason") { Description = CliText.ReasonOption, Required = true };

    private static Command Start()
    {
        var year = Year();
        var command = new Command("start", CliText.ReviewStartDescription) { year };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var started = await mediator.Send(new StartAnnualReview(parse.GetValue(year)), token);
            Tables.Line(Labels.Format(CliText.ReviewStartedText, started.Year, started.Proposals, started.WithoutFigures));
        }, ct));
        return command;
    }

    private static Command Show()
    {
        var year = Year();
        var format = OutputFormat.Option(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("show", CliText.ReviewShowDescription) { year, format };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
            ReviewOutput.Write(await mediator.Send(new GetReview(parse.GetValue(year)), token), parse.GetValue(format)!), ct));
        return command;
    }

    private static Command Decide()
    {
        var year = Year();
        var firm = FirmArgument.Create();
        var approve = new Option<bool>("--approve") { Description = CliText.ApproveOption };
        var reject = new Option<bool>("--reject") { Description = CliText.RejectOption };
        var reason = Reason();
        var command = new Command("decide", CliText.ReviewDecideDescription) { firm, year, approve, reject, reason };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            if (parse.GetValue(approve) == parse.GetValue(reject))
            {
                throw new InputValidationException("--approve", CliText.DecisionRequired);
            }

            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            var decided = await mediator.Send(new DecideProposal(parse.GetValue(year), id, parse.GetValue(approve), parse.GetValue(reason)!), token);
            Tables.Line(Labels.Format(CliText.ProposalDecidedText, ReviewOutput.Decision(decided.Decision), decided.Firm.Name, Labels.OrUnknown(decided.From), decided.To));
        }, ct));
        return command;
    }

    private static Command ApproveAll()
    {
        var year = Year();
        var reason = Reason();
        var command = new Command("approve-all", CliText.ReviewApproveAllDescription) { year, reason };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var approved = await mediator.Send(new ApproveAllProposals(parse.GetValue(year), parse.GetValue(reason)!), token);
            Tables.Line(Labels.Format(CliText.ApprovedAllText, approved));
        }, ct));
        return command;
    }

    private static Command Reopen()
    {
        var year = Year();
        var reason = Reason();
        var command = new Command("reopen", CliText.ReviewReopenDescription) { year, reason };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var reopened = await mediator.Send(new ReopenReview(parse.GetValue(year), parse.GetValue(reason)!), token);
            Tables.Line(Labels.Format(CliText.ReviewReopenedText, reopened.Year, reopened.Reverted));
        }, ct));
        return command;
    }

    private static Command SignOff()
    {
        var year = Year();
        var command = new Command("sign-off", CliText.ReviewSignOffDescription) { year };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var signed = await mediator.Send(new SignOffReview(parse.GetValue(year)), token);
            Tables.Line(Labels.Format(CliText.ReviewSignedOffText, signed.Year, signed.Applied, signed.Rejected, signed.Skipped));
        }, ct));
        return command;
    }
}
