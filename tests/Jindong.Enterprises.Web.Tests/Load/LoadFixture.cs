using System.Net;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Web.Tests.Load;

/// <summary>
/// The web host on a real Kestrel port on 127.0.0.1 with <see cref="SyntheticFirms"/> synthetic
/// firms beside the seeded hundred: spread over the townships and segments (one in 23
/// unclassified), each with 2024 figures and the tier they imply, so lists have many pages and
/// the dashboard has every band to count.
/// </summary>
public sealed class LoadFixture : JindongWebFactory
{
    public const int SyntheticFirms = 3_000;

    public LoadFixture() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    public static string FirmName(int i) => $"负载测试企业{i:D5}有限公司";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartServer();
        await QueryAsync(async db =>
        {
            var townships = await db.Townships.OrderBy(t => t.No).Select(t => t.Id).ToListAsync();
            var segments = await db.Segments.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
            var now = Clock.GetUtcNow().UtcDateTime;
            var firms = Enumerable.Range(1, SyntheticFirms)
                .Select(i => Enterprise.Register(FirmName(i), townships[i % townships.Count], null, i % 23 == 0 ? null : segments[i % segments.Count], SegmentSource.Manual, null, null, now, DateOnly.FromDateTime(now)))
                .ToList();
            db.Enterprises.AddRange(firms);
            await db.SaveChangesAsync();
            for (var i = 0; i < firms.Count; i++)
            {
                // Outputs from 100 to 600,100 万元: every tier from 规下 to 超50亿元.
                var output = 100m + (i + 1) * 7_919 % 600_000;
                var tier = TierScale.ImpliedBy(output);
                db.AnnualFigures.Add(AnnualFigures.Record(firms[i].Id, 2024, new FigureValues(output), FiguresSource.Manual, null, "load-test", now));
                db.TierMoves.Add(firms[i].MoveTier(new TierMoveRequest(tier, 2024, "2024年产值", tier, false, "load-test"), now));
            }

            return await db.SaveChangesAsync();
        });
    }
}
