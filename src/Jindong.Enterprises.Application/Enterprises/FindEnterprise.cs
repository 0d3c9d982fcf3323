using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Enterprises;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Enterprises;

/// <summary>Resolves what a user typed for a firm — its id, credit code or exact name — to its id.</summary>
public sealed record FindEnterprise(string Reference) : IQuery<int>;

internal sealed class FindEnterpriseValidator : AbstractValidator<FindEnterprise>
{
    public FindEnterpriseValidator() =>
        RuleFor(q => q.Reference).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => Messages.EnterpriseReferenceRequired);
}

internal sealed class FindEnterpriseHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<FindEnterprise, int>
{
    public async Task<int> Handle(FindEnterprise query, CancellationToken cancellationToken)
    {
        var reference = query.Reference.Trim();
        var candidates = db.Enterprises.AsNoTracking();
        var match = int.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? candidates.Where(e => e.Id == id)
            : UnifiedSocialCreditCode.TryParseOverridden(reference, out var code)
                ? candidates.Where(e => e.CreditCode == code.Value)
                : candidates.Where(e => e.Name == reference);

        var found = await match.Select(e => new { e.Id, e.TownshipId }).FirstOrDefaultAsync(cancellationToken);
        if (found is null || !user.CanSee(found.TownshipId))
        {
            throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.EnterpriseNotFound, reference));
        }

        return found.Id;
    }
}
