using Jindong.Enterprises.Domain.Reviews;
using Jindong.Enterprises.Domain.Tiers;

namespace Jindong.Enterprises.Application.Reviews;

/// <summary>A firm as a review lists it.</summary>
public sealed record FirmRef(int Id, string Name);

/// <summary>An annual review as shown to users: tiers by printed name, states by stable code.</summary>
public sealed record ReviewView(
    int Year,
    string Status,
    string StartedBy,
    DateTime StartedAt,
    string? SignedOffBy,
    DateTime? SignedOffAt,
    IReadOnlyList<ProposalView> Proposals,
    IReadOnlyList<FirmRef> WithoutFigures,
    TargetSummary Targets,
    IReadOnlyList<FirmRef> CorrectedAfterSignOff);

public sealed record ProposalView(FirmRef Firm, string? From, string To, string Kind, decimal Output, string Decision, string TargetStatus, string? Reason, bool Changed);

/// <summary>达标情况 of every active firm with a cultivation target, by the year's figures.</summary>
public sealed record TargetSummary(int Reached, int Behind, int NoFigures);

/// <summary>What starting a review did.</summary>
public sealed record ReviewStarted(int Year, int Proposals, int WithoutFigures);

/// <summary>What signing off did: moves applied, proposals rejected, approved moves already made by other means.</summary>
public sealed record ReviewSignedOff(int Year, int Applied, int Rejected, int Skipped);

public static class ReviewCodes
{
    public static string Status(ReviewStatus status) => status == ReviewStatus.Open ? "open" : "signed-off";

    public static string Kind(ProposalKind kind) => kind == ProposalKind.Promotion ? "promotion" : "demotion";

    public static string Decision(ProposalDecision decision) => decision switch
    {
        ProposalDecision.Pending => "pending",
        ProposalDecision.Approved => "approved",
        _ => "rejected",
    };

    public static string Target(TargetStatus status) => status switch
    {
        TargetStatus.Reached => "reached",
        TargetStatus.Behind => "behind",
        TargetStatus.NoFigures => "no-figures",
        _ => "no-target",
    };

    public static ProposalView View(ReviewProposal p, string name) =>
        new(new FirmRef(p.EnterpriseId, name), p.From?.Name(), p.To.Name(), Kind(p.Kind), p.OutputWan, Decision(p.Decision), Target(p.TargetStatus), p.DecisionReason, p.Changed);
}
