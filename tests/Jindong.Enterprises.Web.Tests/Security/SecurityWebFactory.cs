using Jindong.Enterprises.Application.Efficiency;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Web.Tests.Security;

/// <summary>
/// The web host with one user of every kind the access rules tell apart — a township officer of
/// the firm's township (孝顺镇) and one of another (江东镇) — and a firm in 孝顺镇 with a 2023
/// review proposal and a computed 2023 亩均 result, so every endpoint has something real to act on.
/// </summary>
public class SecurityWebFactory : JindongWebFactory
{
    public const string Township = "孝顺镇";
    public const string OtherTownship = "江东镇";
    public const string OtherOfficer = "jiangdong";
    public const int ReviewYear = 2023;

    /// <summary>The plan the matrix probes (the action plan, so closing it last leaves the five-year plans alone).</summary>
    public const string Plan = "二次开发2.0";

    /// <summary>A firm of <see cref="Township"/>.</summary>
    public int FirmId { get; private set; }

    /// <summary>The firm's designation the end form is probed with: the first the registry grants.</summary>
    public const int DesignationId = 1;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync(OtherOfficer, "township", OtherTownship);
        FirmId = await FirmInAsync(Township);
        // The 2022 figures set the tier; 2023's much higher output makes the review propose a promotion.
        await SendAsAdminAsync(RecordFigures.Of(FirmId, 2022, 12_000m));
        await SendAsAdminAsync(RecordFigures.Of(FirmId, ReviewYear, 120_000m, Tax: 600m, Land: 20m));
        await SendAsAdminAsync(new StartAnnualReview(ReviewYear));
        // The year's 亩均 evaluation, computed: the firm has a result to explain, flag and object to.
        await SendAsAdminAsync(new RunEfficiencyEvaluation(ReviewYear));
        var grant = await SendAsAdminAsync(new Application.Designations.GrantDesignation(FirmId, "listed", 2021, Board: "创业板"));
        if (grant.Id != DesignationId)
        {
            throw new InvalidOperationException($"The probed designation is {grant.Id}, not {DesignationId}.");
        }
    }

    /// <summary>What a request could have written: equal before and after means it wrote nothing.</summary>
    public Task<Writes> WritesAsync() => QueryAsync(async db => new Writes(
        await TableCounts.OfAsync(db),
        await db.Users.CountAsync(),
        await db.AnnualReviews.CountAsync(),
        await db.AnnualReviews.CountAsync(r => r.SignedOffAt != null)));

    public sealed record Writes(TableCounts Tables, int Users, int Reviews, int SignedOffReviews);
}
