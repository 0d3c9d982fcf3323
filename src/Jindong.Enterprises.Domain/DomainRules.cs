namespace Jindong.Enterprises.Domain;

/// <summary>Names of the rules a <see cref="DomainRuleException"/> can report.</summary>
public static class DomainRules
{
    public const string NameInvalid = nameof(NameInvalid);
    public const string CreditCodeInvalid = nameof(CreditCodeInvalid);
    public const string CreditCodeOverrideNeedless = nameof(CreditCodeOverrideNeedless);
    public const string EnterpriseNotActive = nameof(EnterpriseNotActive);
    public const string TargetUnchanged = nameof(TargetUnchanged);
    public const string TierUnchanged = nameof(TierUnchanged);
    public const string NoFiguresForYear = nameof(NoFiguresForYear);
    public const string MoveNotSupportedByOutput = nameof(MoveNotSupportedByOutput);
    public const string FiguresUnchanged = nameof(FiguresUnchanged);
    public const string OutputRequired = nameof(OutputRequired);
    public const string TargetBelowScale = nameof(TargetBelowScale);
    public const string ReviewSignedOff = nameof(ReviewSignedOff);
    public const string ReviewHasUndecided = nameof(ReviewHasUndecided);
    public const string EfficiencyValueOutOfRange = nameof(EfficiencyValueOutOfRange);
    public const string WhatIfMeasureInDenominator = nameof(WhatIfMeasureInDenominator);
    public const string EfficiencyMethodInUse = nameof(EfficiencyMethodInUse);
    public const string EvaluationFinal = nameof(EvaluationFinal);
    public const string EvaluationPublished = nameof(EvaluationPublished);
    public const string EvaluationNotPublished = nameof(EvaluationNotPublished);
    public const string EvaluationOutOfDate = nameof(EvaluationOutOfDate);
    public const string EvaluationHasOpenFlags = nameof(EvaluationHasOpenFlags);
    public const string PublicityEndsBeforeStart = nameof(PublicityEndsBeforeStart);
    public const string OutsidePublicity = nameof(OutsidePublicity);
    public const string PublicityNotOver = nameof(PublicityNotOver);
    public const string ObjectionsPending = nameof(ObjectionsPending);
    public const string ObjectionAlreadyPending = nameof(ObjectionAlreadyPending);
    public const string FlagAlreadyOpen = nameof(FlagAlreadyOpen);
    public const string RemediationClosed = nameof(RemediationClosed);
    public const string PlanYearsOutOfOrder = nameof(PlanYearsOutOfOrder);
    public const string PlanClosed = nameof(PlanClosed);
    public const string TargetYearOutsidePlan = nameof(TargetYearOutsidePlan);
    public const string ReviewYearNotEnded = nameof(ReviewYearNotEnded);
    public const string ReviewAlreadyOpen = nameof(ReviewAlreadyOpen);
    public const string ReviewAfterLaterSignOff = nameof(ReviewAfterLaterSignOff);
    public const string ReviewReopenNotLatest = nameof(ReviewReopenNotLatest);
    public const string ReviewReopenFirmsMovedSince = nameof(ReviewReopenFirmsMovedSince);
    public const string MoveForOlderYear = nameof(MoveForOlderYear);
    public const string ReviewNotSignedOff = nameof(ReviewNotSignedOff);
    public const string EffectiveBeforeLastChange = nameof(EffectiveBeforeLastChange);
    public const string DesignationEnded = nameof(DesignationEnded);
    public const string DesignationEndsBeforeGrant = nameof(DesignationEndsBeforeGrant);
    public const string DesignationValidBeforeGrant = nameof(DesignationValidBeforeGrant);
    public const string DesignationBoardRequired = nameof(DesignationBoardRequired);
    public const string DesignationBoardNotAllowed = nameof(DesignationBoardNotAllowed);
    public const string FigureCheckNotOpen = nameof(FigureCheckNotOpen);
}
