using Jindong.Enterprises.Application.Common;
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

/// <param name="Outcome">After sign-off, what it did with an approved proposal: applied, or why not (firm-inactive, already-at-tier).</param>
public sealed record ProposalView(FirmRef Firm, string? From, string To, string Kind, decimal Output, string Decision, string TargetStatus, string? Reason, bool Changed, string? Outcome = null);

/// <summary>达标情况 of every active firm with a cultivation target, by the year's figures.</summary>
public sealed record TargetSummary(int Reached, int Behind, int NoFigures);

/// <summary>What starting a review did.</summary>
public sealed record ReviewStarted(int Year, int Proposals, int WithoutFigures);

/// <summary>What signing off did: moves applied, proposals rejected, approved moves already made by other means.</summary>
public sealed record ReviewSignedOff(int Year, int Applied, int Rejected, int Skipped);

public static class ReviewCodes
{
    public static ProposalView View(ReviewProposal p, string name) =>
        new(new FirmRef(p.EnterpriseId, name), p.From?.Name(), p.To.Name(), Codes.Of(p.Kind), p.OutputWan, Codes.Of(p.Decision), Codes.Of(p.TargetStatus), p.DecisionReason, p.Changed,
            p.Outcome is { } outcome ? Codes.Of(outcome) : null);
}
