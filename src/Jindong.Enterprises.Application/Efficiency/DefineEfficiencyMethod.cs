using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Domain.Efficiency;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>
/// Enters a year's method, or replaces it (`efficiency method import`, the method page, PUT
/// /api/efficiency/{year}/method); refused once the year's evaluation is published. A change
/// after a run leaves the run out of date until it is run again.
/// </summary>
[Requires(Permission.Administer)]
public sealed record DefineEfficiencyMethod(int Year, MethodTerms Terms, int? ExpectedVersion = null) : ICommand<MethodView>;

internal sealed class DefineEfficiencyMethodValidator : AbstractValidator<DefineEfficiencyMethod>
{
    public DefineEfficiencyMethodValidator()
    {
        RuleFor(c => c.Year).ValidYear();
        RuleFor(c => c.Terms).NotNull().SetValidator(new MethodTermsValidator());
    }
}

internal sealed class DefineEfficiencyMethodHandler(IApplicationDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<DefineEfficiencyMethod, MethodView>
{
    public async Task<MethodView> Handle(DefineEfficiencyMethod command, CancellationToken cancellationToken)
    {
        var terms = Trimmed(command.Terms);
        var now = clock.GetUtcNow().UtcDateTime;
        var method = await db.EfficiencyMethods.SingleOrDefaultAsync(m => m.Year == command.Year, cancellationToken);
        var before = method?.Terms;
        if (method is null)
        {
            method = EfficiencyMethod.Define(command.Year, terms, user.Name, now);
            db.EfficiencyMethods.Add(method);
        }
        else
        {
            if (command.ExpectedVersion is { } expected && expected != method.Version)
            {
                throw new Common.Exceptions.ConflictException(Resources.Messages.ConcurrentChange);
            }

            var status = await db.EfficiencyEvaluations.Where(e => e.Year == command.Year).Select(e => (EvaluationStatus?)e.Status).SingleOrDefaultAsync(cancellationToken);
            method.Redefine(terms, status, user.Name, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        audit.Record(null, before is null ? null : new { year = command.Year, terms = before }, new { year = command.Year, version = method.Version, terms = method.Terms });
        return await db.MethodViewAsync(command.Year, cancellationToken);
    }

    /// <summary>Names, codes and kinds as typed, without the spaces around them.</summary>
    private static MethodTerms Trimmed(MethodTerms terms) => terms with
    {
        Name = terms.Name.Trim(),
        Source = terms.Source.Trim(),
        Indicators = terms.Indicators.Select(i => i with { Name = i.Name.Trim() }).ToList(),
        Classes = terms.Classes.Select(c => c with { Code = c.Code.Trim(), Name = c.Name.Trim() }).ToList(),
        Exemptions = terms.Exemptions with { Kinds = terms.Exemptions.Kinds.Select(k => k.Trim()).ToList() },
    };
}
