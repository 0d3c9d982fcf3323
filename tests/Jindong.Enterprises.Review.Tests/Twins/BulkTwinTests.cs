using System.Globalization;
using System.Text;
using CsCheck;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Application.Targets;
using Jindong.Enterprises.Application.Tiers;
using Jindong.Enterprises.Domain.Auditing;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Reviews;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Review.Tests.Twins;

/// <summary>
/// The set-based bulk commands are twins of the per-firm domain methods: for generated registries,
/// the same changes applied once through the bulk command and once firm by firm (through the
/// per-firm commands, or the domain methods where no per-firm command exists) leave every table
/// that matters alike. This is what lets a rule change in one place without the bulk path drifting.
/// Runs on whichever engine the suite runs on (both, in CI).
/// </summary>
public sealed class BulkTwinTests
{
    private const int Year = 2025;
    private const int Cases = 8;
    private const string DecisionReason = "评审会审议通过";

    private static readonly string[] TownshipNames = ["孝顺镇", "江东镇", "澧浦镇"];

    private static readonly string[] FirmHeaders = ["企业名称", "统一社会信用代码", "乡镇街道"];

    /// <summary>Outputs around every tier threshold, and plain ones.</summary>
    private static readonly Gen<decimal> Output = Gen.OneOf(
        Gen.Select(Gen.Int[1, TierScale.All.Count - 1], Gen.OneOf(0m, -0.0001m, 0.0001m, -0.00004m))
            .Select((tier, offset) => Math.Max(0m, TierScale.All[tier].ThresholdWan + offset)),
        Gen.Decimal[0m, 800_000m].Select(d => Math.Round(d, 6)));

    private static readonly Gen<decimal> Amount = Gen.Decimal[0m, 50_000m].Select(d => Math.Round(d, 5));

    /// <summary>A cell of a measure's column: kept (empty), cleared (清空), or a value.</summary>
    private static readonly Gen<string> Cell = Gen.Frequency(
        (3, Gen.OneOf(string.Empty)),
        (1, Gen.OneOf(ImportColumns.ClearMarker)),
        (4, Amount.Select(a => a.ToString(CultureInfo.InvariantCulture))));

    private static readonly Gen<Registry> Registries =
        Gen.Select(Gen.Int[2, 7], Gen.Int[0, 3], Gen.Bool).SelectMany((known, unknown, reviewOpen) =>
            Gen.Select(
                Gen.Select(Output, Gen.Bool, Gen.OneOf<Tier?>([null, .. TierScale.TargetTiers.Select(t => (Tier?)t)]), Gen.Int[0, 2], Gen.Int[0, 9], Gen.Int[0, 2])
                    .Select((prior, hasPrior, target, township, moveOut, code) =>
                        new Firm(hasPrior ? prior : null, target, TownshipNames[township], moveOut == 0, (FirmCode)code))
                    .Array[known],
                Gen.Select(Output, Gen.Bool, Gen.Int[0, 2]).Select((output, hasThisYear, township) => (output, hasThisYear, township)).Array[known],
                Gen.Int[0, 2].Array[unknown],
                Gen.Shuffle(Measures.All.Where(m => !m.IsRequired && !m.IsCount).Select(m => m.Measure).ToArray()),
                Gen.Int[0, 8])
            .SelectMany((firms, years, newTownships, measures, columns) =>
                Gen.Select(Output.Array[known + unknown], Cell.Array[(known + unknown) * 8], Gen.Int[0, 3].Array[known])
                    .Select((outputs, cells, decisions) => new Registry(
                        firms,
                        years.Select(y => y.hasThisYear ? y.output : (decimal?)null).ToArray(),
                        newTownships.Select(t => TownshipNames[t]).ToArray(),
                        measures.Take(columns).ToArray(),
                        outputs,
                        cells,
                        decisions,
                        reviewOpen))));

    [Fact]
    public async Task An_import_leaves_the_registry_as_its_rows_recorded_one_by_one_through_the_commands()
    {
        await Registries.SampleAsync(
            async registry =>
            {
                await using var bulk = await RegistryHost.StartAsync();
                await using var single = await RegistryHost.StartAsync();
                var firms = await registry.BuildAsync(bulk);
                Assert.Equal(firms, await registry.BuildAsync(single));
                if (registry.ReviewOpen)
                {
                    await bulk.SendAsync(new StartAnnualReview(Year));
                    await single.SendAsync(new StartAnnualReview(Year));
                }

                var rows = registry.Rows(firms);
                await bulk.SendAsync(new ImportAnnualFigures("twin.csv", Year, RegisterUnknown: true) { Content = new MemoryStream(registry.Csv(rows)) });
                foreach (var row in rows)
                {
                    var id = row.Firm ?? await single.SendAsync(new RegisterEnterprise(row.Name, row.Township!));
                    if (row.RecordsCode)
                    {
                        await single.SendAsync(new UpdateEnterprise(id, CreditCode: row.Code));
                    }

                    await single.SendAsync(new RecordAnnualFigures(id, Year, row.Changes));
                }

                (await RegistrySnapshot.OfAsync(bulk)).AssertSameAs(await RegistrySnapshot.OfAsync(single));
            },
            iter: Cases,
            threads: 1);
    }

    [Fact]
    public async Task Starting_a_review_proposes_exactly_what_the_domain_rules_propose_firm_by_firm()
    {
        await Registries.SampleAsync(
            async registry =>
            {
                await using var host = await RegistryHost.StartAsync();
                await registry.BuildAsync(host);

                await host.SendAsync(new StartAnnualReview(Year));

                var expected = await host.QueryAsync(async db =>
                    (await db.Enterprises.AsNoTracking().Where(e => e.Status == EnterpriseStatus.Active)
                        .Join(db.AnnualFigures.Where(f => f.Year == Year), e => e.Id, f => f.EnterpriseId, (e, f) => new { e.Id, e.CurrentTier, e.Target, f.Values.OutputWan })
                        .ToListAsync())
                    .Select(x => (x.Id, x.CurrentTier, x.Target, x.OutputWan, Implied: TierScale.ImpliedBy(x.OutputWan)))
                    .Where(x => x.Implied != x.CurrentTier)
                    .OrderBy(x => x.Id)
                    .Select(x => $"{x.Id} {x.CurrentTier} {x.Implied} {ReviewProposal.KindOf(x.CurrentTier, x.Implied)} {x.OutputWan} {ReviewProposal.TargetStatusOf(x.Target, x.Implied)} Pending")
                    .ToList());
                var proposed = await host.QueryAsync(async db => (await db.ReviewProposals.AsNoTracking().OrderBy(p => p.EnterpriseId).ToListAsync())
                    .Select(p => $"{p.EnterpriseId} {p.From} {p.To} {p.Kind} {p.OutputWan} {p.TargetStatus} {p.Decision}")
                    .ToList());

                Assert.Equal(expected, proposed);
            },
            iter: Cases,
            threads: 1);
    }

    [Fact]
    public Task Approving_all_decides_every_pending_proposal_as_deciding_each_one_would() =>
        TwinsAsync(
            async (host, registry, firms) =>
            {
                await host.SendAsync(new StartAnnualReview(Year));
                await registry.DecideSomeAsync(host, firms);
            },
            bulk => bulk.SendAsync(new ApproveAllProposals(Year, DecisionReason)),
            async single =>
            {
                foreach (var id in await PendingAsync(single))
                {
                    await single.SendAsync(new DecideProposal(Year, id, true, DecisionReason));
                }
            });

    [Fact]
    public Task Signing_off_moves_each_firm_as_the_domain_moves_one_firm_at_a_time() =>
        TwinsAsync(
            async (host, registry, firms) =>
            {
                await host.SendAsync(new StartAnnualReview(Year));
                await registry.DecideSomeAsync(host, firms);
                await host.SendAsync(new ApproveAllProposals(Year, DecisionReason));
                await registry.ChangeAfterApprovalAsync(host, firms);

                // The changes sent their firms' proposals back to the panel.
                await host.SendAsync(new ApproveAllProposals(Year, DecisionReason));
            },
            bulk => bulk.SendAsync(new SignOffReview(Year)),
            SignOffFirmByFirmAsync);

    /// <summary>Two registries built alike and prepared alike; the bulk command on one, its per-firm twin on the other; then every table compared.</summary>
    private static Task TwinsAsync(Func<RegistryHost, Registry, int[], Task> prepare, Func<RegistryHost, Task> bulkCommand, Func<RegistryHost, Task> perFirm) =>
        Registries.SampleAsync(
            async registry =>
            {
                await using var bulk = await RegistryHost.StartAsync();
                await using var single = await RegistryHost.StartAsync();
                var firms = await registry.BuildAsync(bulk);
                Assert.Equal(firms, await registry.BuildAsync(single));
                await prepare(bulk, registry, firms);
                await prepare(single, registry, firms);

                await bulkCommand(bulk);
                await perFirm(single);

                (await RegistrySnapshot.OfAsync(bulk)).AssertSameAs(await RegistrySnapshot.OfAsync(single));
            },
            iter: Cases,
            threads: 1);

    private static Task<List<int>> PendingAsync(RegistryHost host) => host.QueryAsync(db =>
        db.ReviewProposals.Where(p => p.Decision == ProposalDecision.Pending).OrderBy(p => p.EnterpriseId).Select(p => p.EnterpriseId).ToListAsync());

    /// <summary>
    /// The reference sign-off: for each approved proposal of a firm still active and not at the
    /// proposed tier (<see cref="ReviewProposal.OutcomeFor"/>), <see cref="Enterprise.MoveTier"/> as a
    /// review move (its kind by direction), and the audit entry a manual move writes; then
    /// <see cref="AnnualReview.SignOff"/>.
    /// </summary>
    private static Task SignOffFirmByFirmAsync(RegistryHost host) => host.ExecuteAsync(async services =>
    {
        var db = (Infrastructure.Persistence.JindongDbContext)services.GetService(typeof(Application.Common.Persistence.IApplicationDbContext))!;
        var clock = (TimeProvider)services.GetService(typeof(TimeProvider))!;
        var now = clock.GetUtcNow().UtcDateTime;
        var review = await db.AnnualReviews.SingleAsync(r => r.Year == Year);
        var approved = await db.ReviewProposals.Where(p => p.ReviewId == review.Id && p.Decision == ProposalDecision.Approved).OrderBy(p => p.EnterpriseId).ToListAsync();
        var entries = new List<AuditEntry>();
        foreach (var proposal in approved)
        {
            var firm = await db.Enterprises.SingleAsync(e => e.Id == proposal.EnterpriseId);
            var outcome = ReviewProposal.OutcomeFor(firm.Status == EnterpriseStatus.Active, firm.CurrentTier, proposal.To);
            proposal.Conclude(outcome);
            if (outcome != ProposalOutcome.Applied)
            {
                continue;
            }

            var reason = string.Format(CultureInfo.CurrentCulture, Messages.ReviewMoveReason, Year, proposal.DecisionReason);
            var before = await ViewAsync(db, firm);
            var kind = ReviewProposal.KindOf(firm.CurrentTier, proposal.To) == ProposalKind.Promotion ? TierMoveKind.ReviewPromotion : TierMoveKind.ReviewDemotion;
            firm.MoveTier(new TierMoveRequest(proposal.To, Year, reason, proposal.To, false, host.User.Name, kind, review.Id), now);
            await db.SaveChangesAsync();
            entries.Add(new AuditEntry(now, host.User.Name, "reference", firm.Id, reason, Json(before), Json(await ViewAsync(db, firm))));
        }

        review.SignOff(0, host.User.Name, now);
        db.AuditEntries.AddRange(entries);
        await db.SaveChangesAsync();
    });

    private static async Task<EnterpriseView> ViewAsync(Infrastructure.Persistence.JindongDbContext db, Enterprise firm) => EnterpriseView.Of(
        firm,
        await db.Townships.Where(t => t.Id == firm.TownshipId).Select(t => t.Name).SingleAsync(),
        firm.SegmentId is null ? null : await db.Segments.Where(s => s.Id == firm.SegmentId).Select(s => s.Name).SingleAsync());

    private static string Json(object value) => System.Text.Json.JsonSerializer.Serialize(value, AuditTrail.Json);

    /// <param name="Prior">The year before's output, which gives the firm its tier; null for a firm without one.</param>
    /// <param name="MoveOut">Moved out of the list after its tier was set.</param>
    private sealed record Firm(decimal? Prior, Tier? Target, string Township, bool MoveOut, FirmCode Code);

    /// <summary>One import row: a known firm, or the name and township of one to register; what it says of each measure.</summary>
    /// <param name="Code">The row's credit code; <paramref name="RecordsCode"/> when the firm has none yet and the import gives it this one.</param>
    private sealed record Row(int? Firm, string Name, string? Code, bool RecordsCode, string? Township, IReadOnlyList<string> Cells, FigureChanges Changes);

    /// <summary>A known firm's credit code: none, registered with it, or none and given it by the file.</summary>
    private enum FirmCode
    {
        None,
        Registered,
        GivenByFile,
    }

    /// <summary>A generated registry and the changes to apply to it.</summary>
    private sealed record Registry(
        Firm[] Firms,
        decimal?[] ThisYear,
        string[] NewTownships,
        Measure[] Columns,
        decimal[] Outputs,
        string[] Cells,
        int[] Decisions,
        bool ReviewOpen)
    {
        private static int serial;

        private readonly string prefix = $"孪生测试{Interlocked.Increment(ref serial)}号";

        /// <summary>Registers the firms, their prior-year tiers, targets, this year's first figures and move-outs; returns their ids.</summary>
        public async Task<int[]> BuildAsync(RegistryHost host)
        {
            var ids = new int[Firms.Length];
            for (var i = 0; i < Firms.Length; i++)
            {
                var firm = Firms[i];
                var code = firm.Code == FirmCode.Registered ? TestCreditCodes.For(i) : null;
                ids[i] = await host.SendAsync(new RegisterEnterprise($"{prefix}{i}有限公司", firm.Township, code, null, firm.Target?.Name()));
                if (firm.Prior is { } prior)
                {
                    await host.SendAsync(new RecordAnnualFigures(ids[i], Year - 1, FigureChanges.Of([KeyValuePair.Create(Measure.Output, (decimal?)prior)])));
                }

                if (ThisYear[i] is { } output)
                {
                    await host.SendAsync(new RecordAnnualFigures(ids[i], Year, FigureChanges.Of([KeyValuePair.Create(Measure.Output, (decimal?)output), KeyValuePair.Create(Measure.Tax, (decimal?)1.5m)])));
                }

                if (firm.MoveOut)
                {
                    await host.SendAsync(new MoveOutEnterprise(ids[i], "迁出测试"));
                }
            }

            return ids;
        }

        /// <summary>The import's rows: every known firm, then the new ones; a firm's first record of the year always gives its output.</summary>
        public List<Row> Rows(int[] firms)
        {
            var rows = new List<Row>();
            var count = Firms.Length + NewTownships.Length;
            for (var r = 0; r < count; r++)
            {
                var known = r < Firms.Length;
                var first = !known || ThisYear[r] is null;
                var cells = new List<string> { first || r % 3 != 0 ? Outputs[r].ToString(CultureInfo.InvariantCulture) : string.Empty };
                cells.AddRange(Columns.Select((_, c) => Cells[(r * 8) + c]));
                var changes = new List<KeyValuePair<Measure, decimal?>>();
                foreach (var (measure, cell) in Columns.Prepend(Measure.Output).Zip(cells))
                {
                    if (cell == ImportColumns.ClearMarker)
                    {
                        changes.Add(KeyValuePair.Create(measure, (decimal?)null));
                    }
                    else if (cell.Length > 0)
                    {
                        changes.Add(KeyValuePair.Create(measure, (decimal?)decimal.Parse(cell, CultureInfo.InvariantCulture)));
                    }
                }

                var code = known && Firms[r].Code != FirmCode.None ? TestCreditCodes.For(r) : null;
                rows.Add(known
                    ? new Row(firms[r], $"{prefix}{r}有限公司", code, Firms[r].Code == FirmCode.GivenByFile, null, cells, FigureChanges.Of(changes))
                    : new Row(null, $"{prefix}新{r}有限公司", null, false, NewTownships[r - Firms.Length], cells, FigureChanges.Of(changes)));
            }

            return rows;
        }

        public byte[] Csv(IReadOnlyList<Row> rows)
        {
            var csv = new StringBuilder();
            csv.AppendLine(string.Join(',', FirmHeaders.Concat(Columns.Prepend(Measure.Output).Select(m => ImportColumns.Of(m).Header))));
            foreach (var row in rows)
            {
                csv.AppendLine(string.Join(',', new[] { row.Name, row.Code ?? string.Empty, row.Township ?? string.Empty }.Concat(row.Cells)));
            }

            return Encoding.UTF8.GetBytes(csv.ToString());
        }

        /// <summary>Decides some proposals one by one, the same way on each host (the rest stay pending).</summary>
        public async Task DecideSomeAsync(RegistryHost host, int[] firms)
        {
            var pending = await PendingAsync(host);
            foreach (var (id, i) in firms.Select((id, i) => (id, i)).Where(x => pending.Contains(x.id)))
            {
                if (Decisions[i] is 1 or 2)
                {
                    await host.SendAsync(new DecideProposal(Year, id, Decisions[i] == 1, Decisions[i] == 1 ? "核实无误" : "暂缓"));
                }
            }
        }

        /// <summary>After approval and before sign-off: a manual override for some firms, a move-out for others.</summary>
        public async Task ChangeAfterApprovalAsync(RegistryHost host, int[] firms)
        {
            for (var i = 0; i < firms.Length; i++)
            {
                var active = await host.QueryAsync(db => db.Enterprises.Where(e => e.Id == firms[i]).Select(e => new { e.Status, e.CurrentTier }).SingleAsync());
                if (active.Status != EnterpriseStatus.Active)
                {
                    continue;
                }

                if (Decisions[i] == 3)
                {
                    var to = active.CurrentTier == Tier.Over5Billion ? Tier.AboveScale : Tier.Over5Billion;
                    await host.SendAsync(new MoveTier(firms[i], to.Name(), Year, "局务会特批", Override: true));
                }
                else if (Decisions[i] == 0 && i % 4 == 1)
                {
                    await host.SendAsync(new MoveOutEnterprise(firms[i], "签批前迁出"));
                }
            }
        }
    }
}
