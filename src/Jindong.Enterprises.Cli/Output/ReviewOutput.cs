using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Output;

/// <summary>How an annual review looks in a table and in JSON.</summary>
internal static class ReviewOutput
{
    public static void Write(ReviewView review, string format)
    {
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(review);
            return;
        }

        Tables.Heading(Labels.Format(CliText.ReviewHeading, review.Year, Status(review.Status), review.StartedBy, Labels.Time(review.StartedAt)));
        if (review.SignedOffAt is { } signedOffAt)
        {
            Tables.Line(Labels.Format(CliText.ReviewSignedOffLine, review.SignedOffBy, Labels.Time(signedOffAt)));
        }

        Tables.Line(Labels.Format(CliText.ProposalsHeading, review.Proposals.Count));
        var table = Tables.New(
            CliText.ColumnId, CliText.ColumnName, CliText.ColumnFrom, CliText.ColumnTo, CliText.ColumnKind, CliText.ColumnOutput,
            CliText.ColumnTargetStatus, CliText.ColumnDecision, CliText.ColumnReason, CliText.ColumnChanged);
        foreach (var p in review.Proposals)
        {
            table.AddCells(
                p.Firm.Id, p.Firm.Name, Labels.OrUnknown(p.From), p.To, Kind(p.Kind), Labels.Amount(p.Output),
                Target(p.TargetStatus), Decision(p.Decision), p.Reason, p.Changed ? CliText.Yes : string.Empty);
        }

        Tables.Write(table);
        Tables.Line(Labels.Format(CliText.TargetsLine, review.Targets.Reached, review.Targets.Behind, review.Targets.NoFigures));
        Firms(Labels.Format(CliText.WithoutFiguresHeading, review.Year, review.WithoutFigures.Count), review.WithoutFigures);
        if (review.CorrectedAfterSignOff.Count > 0)
        {
            Firms(CliText.CorrectedAfterSignOffHeading, review.CorrectedAfterSignOff);
        }
    }

    public static string Kind(string code) => code == "promotion" ? CliText.ProposalPromotion : CliText.ProposalDemotion;

    public static string Decision(string code) => code switch
    {
        "pending" => CliText.DecisionPending,
        "approved" => CliText.DecisionApproved,
        _ => CliText.DecisionRejected,
    };

    public static string Target(string code) => code switch
    {
        "reached" => CliText.TargetReached,
        "behind" => CliText.TargetBehind,
        "no-figures" => CliText.TargetNoFigures,
        _ => CliText.TargetNoTarget,
    };

    private static string Status(string code) => code == "open" ? CliText.ReviewStatusOpen : CliText.ReviewStatusSignedOff;

    private static void Firms(string heading, IReadOnlyList<FirmRef> firms)
    {
        Tables.Heading(heading);
        if (firms.Count == 0)
        {
            return;
        }

        var table = Tables.New(CliText.ColumnId, CliText.ColumnName);
        foreach (var firm in firms)
        {
            table.AddCells(firm.Id, firm.Name);
        }

        Tables.Write(table);
    }
}
