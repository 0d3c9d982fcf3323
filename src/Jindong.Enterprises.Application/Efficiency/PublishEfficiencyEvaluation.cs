using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Efficiency;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>
/// Starts the year's 公示: the results as computed are published from <see cref="Start"/> (today,
/// China time, when not given) to <see cref="End"/> inclusive, and objections are heard until then.
/// Refused while a township's data-error flag is open or the method changed after the run.
/// </summary>
[Requires(Permission.Administer)]
public sealed record PublishEfficiencyEvaluation(int Year, DateOnly End, DateOnly? Start = null) : ICommand<EvaluationPublished>;

public sealed record EvaluationPublished(int Year, DateOnly Start, DateOnly End);

internal sealed class PublishEfficiencyEvaluationValidator : AbstractValidator<PublishEfficiencyEvaluation>
{
    public PublishEfficiencyEvaluationValidator(TimeProvider clock)
    {
        RuleFor(c => c.Year).ValidYear();
        RuleFor(c => c.End)
            .Must((c, end) => end >= (c.Start ?? ChinaTime.Today(clock)))
            .WithMessage(_ => Messages.PublicityEndBeforeStart);
    }
}

internal sealed class PublishEfficiencyEvaluationHandler(IApplicationDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<PublishEfficiencyEvaluation, EvaluationPublished>
{
    public async Task<EvaluationPublished> Handle(PublishEfficiencyEvaluation command, CancellationToken cancellationToken)
    {
        var evaluation = await db.EvaluationOfAsync(command.Year, cancellationToken);
        var method = await db.MethodOfAsync(command.Year, cancellationToken);
        var openFlags = await db.EfficiencyFlags.CountAsync(f => f.EvaluationId == evaluation.Id && f.Status == FlagStatus.Open, cancellationToken);
        var start = command.Start ?? ChinaTime.Today(clock);
        evaluation.Publish(start, command.End, openFlags, method.Version, user.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);

        var published = new EvaluationPublished(command.Year, start, command.End);
        audit.Record(null, new { year = command.Year, evaluationStatus = Codes.Of(EvaluationStatus.Computed) }, new { published, evaluationStatus = Codes.Of(evaluation.Status) });
        return published;
    }
}
