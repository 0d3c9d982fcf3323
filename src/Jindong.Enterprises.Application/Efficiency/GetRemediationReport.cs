using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Domain.Efficiency;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>
/// The remediation cases of a year, by responsible township: those the year's finalization opened,
/// and earlier ones still open or cleared by the year's figures.
/// </summary>
public sealed record GetRemediationReport(int Year) : IQuery<IReadOnlyList<RemediationRow>>;

public sealed record RemediationRow(string Township, int Id, string Name, CaseView Case);

internal sealed class GetRemediationReportValidator : AbstractValidator<GetRemediationReport>
{
    public GetRemediationReportValidator() => RuleFor(q => q.Year).ValidYear();
}

internal sealed class GetRemediationReportHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetRemediationReport, IReadOnlyList<RemediationRow>>
{
    public async Task<IReadOnlyList<RemediationRow>> Handle(GetRemediationReport query, CancellationToken cancellationToken)
    {
        var year = query.Year;
        var rows = await (
                from c in db.RemediationCases.AsNoTracking()
                where c.Year == year
                    || (c.Year < year && (c.Status == RemediationStatus.Open || c.Status == RemediationStatus.InProgress || c.ClearedYear >= year))
                join e in db.Enterprises.Visible(user) on c.EnterpriseId equals e.Id
                join t in db.Townships on c.TownshipId equals t.Id
                select new { Case = c, e.Name, Township = t.Name, t.No })
            .ToListAsync(cancellationToken);
        return rows
            .OrderBy(r => r.No).ThenBy(r => r.Case.EnterpriseId).ThenBy(r => r.Case.Year)
            .Select(r => new RemediationRow(r.Township, r.Case.EnterpriseId, r.Name, CaseView.Of(r.Case, r.Township)))
            .ToList();
    }
}
