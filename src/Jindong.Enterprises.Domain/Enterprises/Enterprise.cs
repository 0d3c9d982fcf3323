using Jindong.Enterprises.Domain.Tiers;

namespace Jindong.Enterprises.Domain.Enterprises;

/// <summary>企业 — a firm on the district's cultivation list.</summary>
public sealed class Enterprise
{
    /// <summary>
    /// The moves made through this instance, which EF inserts with the firm. Never loaded, so it
    /// never stands for the firm's history (query the tier moves for that).
    /// </summary>
    private readonly List<TierMove> newMoves = [];

    /// <summary>The states recorded through this instance, which EF inserts with the firm (query the states for the history).</summary>
    private readonly List<EnterpriseState> newStates = [];

    private Enterprise()
    {
        Name = string.Empty;
        NormalizedName = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The firm's number in the plan's Appendix 4, where it has one.</summary>
    public int? ListNo { get; private set; }

    public string Name { get; private set; }

    /// <summary><see cref="EnterpriseName.Normalize"/> of the name: unique, and what imports match on.</summary>
    public string NormalizedName { get; private set; }

    public string? CreditCode { get; private set; }

    /// <summary>
    /// Why <see cref="CreditCode"/> is recorded although it breaks a GB 32100 rule (a real code
    /// issued before the rules were enforced); null for a code that keeps every rule.
    /// </summary>
    public string? CreditCodeOverride { get; private set; }

    public int TownshipId { get; private set; }

    public int? SegmentId { get; private set; }

    public SegmentSource SegmentSource { get; private set; }

    /// <summary>What the segment assignment rests on (a quote from the plan, or the name fragment).</summary>
    public string? SegmentNote { get; private set; }

    /// <summary>培育目标 — the tier the district aims to bring the firm to by the last year of the plan in force.</summary>
    public Tier? Target { get; private set; }

    /// <summary>The recorded tier; unknown until the first tier move.</summary>
    public Tier? CurrentTier { get; private set; }

    public EnterpriseStatus Status { get; private set; }

    public string? StatusReason { get; private set; }

    public int? PlatformId { get; private set; }

    public int? MicroParkId { get; private set; }

    /// <summary>Incremented by every change; the optimistic concurrency token.</summary>
    public int Version { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>The day the firm's latest state took effect: a later change may not take effect before it.</summary>
    public DateOnly StateSince { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public static Enterprise Register(
        string name,
        int townshipId,
        string? creditCode,
        int? segmentId,
        SegmentSource segmentSource,
        string? segmentNote,
        Tier? target,
        DateTime now,
        DateOnly effectiveOn,
        int? listNo = null,
        int? platformId = null,
        string? creditCodeOverride = null)
    {
        var enterprise = new Enterprise
        {
            ListNo = listNo,
            Status = EnterpriseStatus.Active,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        enterprise.SetProfile(name, townshipId, creditCode, creditCodeOverride, now);
        enterprise.SetSegment(segmentId, segmentSource, segmentNote);
        if (target is { } goal)
        {
            EnsureTargetTier(goal);
        }

        enterprise.Target = target;
        enterprise.PlatformId = platformId;
        enterprise.RecordState(effectiveOn, now);
        return enterprise;
    }

    /// <summary>
    /// Changes the profile (a segment chosen by hand is a manual assignment). Returns false, and
    /// changes nothing — not the version, not the segment's source — when every value is as it was.
    /// A new township or segment is part of the firm's history from <paramref name="effectiveOn"/>.
    /// </summary>
    /// <param name="creditCodeOverride">Why a code that breaks a rule is recorded all the same; required for such a code, refused for any other.</param>
    public bool Update(string name, int townshipId, string? creditCode, string? creditCodeOverride, int? segmentId, DateTime now, DateOnly effectiveOn)
    {
        var code = creditCode is null ? null : UnifiedSocialCreditCode.Normalize(creditCode);
        var segmentChanged = segmentId != SegmentId;
        if (name == Name && townshipId == TownshipId && code == CreditCode && creditCodeOverride == CreditCodeOverride && !segmentChanged)
        {
            return false;
        }

        var moved = townshipId != TownshipId;
        if (moved || segmentChanged)
        {
            EnsureEffectiveInOrder(effectiveOn);
        }

        SetProfile(name, townshipId, creditCode, creditCodeOverride, now);
        if (segmentChanged)
        {
            SetSegment(segmentId, SegmentSource.Manual, null);
        }

        if (moved || segmentChanged)
        {
            RecordState(effectiveOn, now);
        }

        Touch(now);
        return true;
    }

    public void MoveOut(string reason, bool closed, DateTime now, DateOnly effectiveOn)
    {
        EnsureActive();
        EnsureEffectiveInOrder(effectiveOn);
        Status = closed ? EnterpriseStatus.Closed : EnterpriseStatus.MovedOut;
        StatusReason = reason;
        RecordState(effectiveOn, now);
        Touch(now);
    }

    public void SetTarget(Tier target, DateTime now, DateOnly effectiveOn)
    {
        EnsureActive();
        EnsureTargetTier(target);
        if (target == Target)
        {
            throw new DomainRuleException(DomainRules.TargetUnchanged, target.Name());
        }

        EnsureEffectiveInOrder(effectiveOn);
        Target = target;
        RecordState(effectiveOn, now);
        Touch(now);
    }

    /// <summary>
    /// Moves the firm to another tier. A move the year's recorded output does not imply is
    /// refused unless it is an override (which the caller must justify with a reason). The move is
    /// saved with the firm; it is returned for the caller to report.
    /// </summary>
    public TierMove MoveTier(TierMoveRequest request, DateTime now)
    {
        EnsureActive();
        if (request.To == CurrentTier)
        {
            throw new DomainRuleException(DomainRules.TierUnchanged, request.To.Name());
        }

        if (!request.IsOverride)
        {
            if (request.LatestFiguresYear is { } latest && request.Year < latest)
            {
                throw new DomainRuleException(DomainRules.MoveForOlderYear, request.Year, latest);
            }

            if (request.ImpliedTier is null)
            {
                throw new DomainRuleException(DomainRules.NoFiguresForYear, request.Year);
            }

            if (request.ImpliedTier != request.To)
            {
                throw new DomainRuleException(DomainRules.MoveNotSupportedByOutput, request.To.Name(), request.ImpliedTier.Value.Name(), request.Year);
            }
        }

        var kind = request.Kind ?? (CurrentTier is null ? TierMoveKind.Initial : TierMoveKind.Manual);
        var move = TierMove.Create(Id, request.Year, CurrentTier, request.To, kind, request.Reason, request.IsOverride, request.ReviewId, request.Actor, now);
        newMoves.Add(move);
        CurrentTier = request.To;
        Touch(now);
        return move;
    }

    private void SetProfile(string name, int townshipId, string? creditCode, string? creditCodeOverride, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > EnterpriseName.MaxLength)
        {
            throw new DomainRuleException(DomainRules.NameInvalid);
        }

        UnifiedSocialCreditCode? code = null;
        if (creditCode is not null)
        {
            var accepted = creditCodeOverride is null
                ? UnifiedSocialCreditCode.TryParse(creditCode, out code)
                : UnifiedSocialCreditCode.TryParseOverridden(creditCode, out code);
            if (!accepted)
            {
                throw new DomainRuleException(DomainRules.CreditCodeInvalid, creditCode);
            }

            if (creditCodeOverride is not null && code!.Problem is null)
            {
                throw new DomainRuleException(DomainRules.CreditCodeOverrideNeedless, code.Value);
            }
        }

        Name = name;
        NormalizedName = EnterpriseName.Normalize(name);
        TownshipId = townshipId;
        CreditCode = code?.Value;
        CreditCodeOverride = code is null ? null : creditCodeOverride;
        UpdatedAt = now;
    }

    private void SetSegment(int? segmentId, SegmentSource source, string? note)
    {
        SegmentId = segmentId;
        SegmentSource = segmentId is null ? SegmentSource.Unclassified : source;
        SegmentNote = note;
    }

    /// <summary>Takes back a review's move when the review is reopened: the firm returns to the tier it had before.</summary>
    public TierMove Revert(TierMove reviewMove, string reason, string actor, DateTime now)
    {
        if (reviewMove.EnterpriseId != Id || reviewMove.To != CurrentTier || reviewMove.From is not { } from)
        {
            throw new InvalidOperationException("Only the firm's latest review move, from a known tier, is reverted.");
        }

        var move = TierMove.Create(Id, reviewMove.Year, CurrentTier, from, TierMoveKind.ReviewReverted, reason, true, reviewMove.ReviewId, actor, now);
        newMoves.Add(move);
        CurrentTier = from;
        Touch(now);
        return move;
    }

    private static void EnsureTargetTier(Tier target)
    {
        if (!TierScale.TargetTiers.Contains(target))
        {
            throw new DomainRuleException(DomainRules.TargetBelowScale, target.Name());
        }
    }

    /// <summary>Adds the firm's state as it now is to its history, effective from the given day.</summary>
    private void RecordState(DateOnly effectiveOn, DateTime now)
    {
        newStates.Add(EnterpriseState.Of(this, effectiveOn, now));
        StateSince = effectiveOn;
    }

    private void EnsureEffectiveInOrder(DateOnly effectiveOn)
    {
        if (effectiveOn < StateSince)
        {
            throw new DomainRuleException(DomainRules.EffectiveBeforeLastChange, Day(effectiveOn), Day(StateSince));
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private void EnsureActive()
    {
        if (Status != EnterpriseStatus.Active)
        {
            throw new DomainRuleException(DomainRules.EnterpriseNotActive, Name);
        }
    }

    private void Touch(DateTime now)
    {
        Version++;
        UpdatedAt = now;
    }
}
