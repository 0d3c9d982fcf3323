using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Efficiency;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>
/// The responsible township's plan for a firm's open remediation case: the action (收回 / 改造 / 转让 /
/// 就地整治), the deadline, whether work has started, and notes. Replaces what the case said;
/// <see cref="ExpectedVersion"/>, when given, refuses it if someone changed the case since it was read.
/// </summary>
public sealed record PlanRemediation(int EnterpriseId, string? Action, DateOnly? Deadline, bool InProgress, string? Notes, int? ExpectedVersion = null) : ICommand<CaseView>, IChangesEnterprise;

internal sealed class PlanRemediationValidator : AbstractValidator<PlanRemediation>
{
    public PlanRemediationValidator()
    {
        RuleFor(c => c.Action)
            .Must(a => string.IsNullOrWhiteSpace(a) || Codes.TryParse<RemediationAction>(a, out _))
            .WithMessage(c => string.Format(CultureInfo.CurrentCulture, Messages.RemediationActionUnknown, c.Action));
        RuleFor(c => c.Notes)
            .Must(n => n is null || n.Length <= RemediationCase.NotesMaxLength)
            .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.NotesTooLong, RemediationCase.NotesMaxLength));
    }
}

internal sealed class PlanRemediationHandler(IApplicationDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<PlanRemediation, CaseView>
{
    public async Task<CaseView> Handle(PlanRemediation command, CancellationToken cancellationToken)
    {
        var (found, township) = await db.OpenCaseAsync(command.EnterpriseId, command.ExpectedVersion, cancellationToken);
        var before = CaseView.Of(found, township);
        RemediationAction? action = Codes.TryParse<RemediationAction>(command.Action, out var a) ? a : null;
        found.Plan(action, command.Deadline, command.InProgress, string.IsNullOrWhiteSpace(command.Notes) ? null : command.Notes.Trim(), user.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        var after = CaseView.Of(found, township);
        audit.Record(command.EnterpriseId, before, after);
        return after;
    }
}

/// <summary>Closes a firm's open remediation case with its documented outcome (收回完成、转让完成 …).</summary>
public sealed record CloseRemediation(int EnterpriseId, string Outcome, int? ExpectedVersion = null) : ICommand<CaseView>, IChangesEnterprise;

internal sealed class CloseRemediationValidator : AbstractValidator<CloseRemediation>
{
    public CloseRemediationValidator() => RuleFor(c => c.Outcome).ValidReason();
}

internal sealed class CloseRemediationHandler(IApplicationDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<CloseRemediation, CaseView>
{
    public async Task<CaseView> Handle(CloseRemediation command, CancellationToken cancellationToken)
    {
        var (found, township) = await db.OpenCaseAsync(command.EnterpriseId, command.ExpectedVersion, cancellationToken);
        var before = CaseView.Of(found, township);
        found.Close(command.Outcome.Trim(), user.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        var after = CaseView.Of(found, township);
        audit.Record(command.EnterpriseId, before, after, found.Outcome);
        return after;
    }
}

internal static class RemediationAccess
{
    /// <summary>The firm's one open case (a firm has at most one), checked against the version the user read.</summary>
    public static async Task<(RemediationCase Case, string Township)> OpenCaseAsync(this IApplicationDbContext db, int enterpriseId, int? expectedVersion, CancellationToken ct)
    {
        await db.LockEnterpriseAsync(enterpriseId, ct);
        var found = await db.RemediationCases
            .Where(c => c.EnterpriseId == enterpriseId && (c.Status == RemediationStatus.Open || c.Status == RemediationStatus.InProgress))
            .SingleOrDefaultAsync(ct)
            // The firm exists; it is its state (no open case) that refuses the change.
            ?? throw new RuleViolationException(string.Format(CultureInfo.CurrentCulture, Messages.CaseNotFound, enterpriseId));
        if (expectedVersion is { } expected && expected != found.Version)
        {
            throw new ConflictException(Messages.ConcurrentChange);
        }

        var township = await db.Townships.Where(t => t.Id == found.TownshipId).Select(t => t.Name).SingleAsync(ct);
        return (found, township);
    }
}
