using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Domain.Reviews;
using Jindong.Enterprises.Review.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Review.Tests.Reviews;

/// <summary>Corrections sent while a review starts or is signed off: each lands wholly before or wholly after.</summary>
public sealed class ReviewConcurrencyTests : ReviewTest
{
    private const int Firms = 8;

    [Fact]
    public async Task A_sign_off_racing_corrections_never_closes_a_review_with_a_reopened_proposal()
    {
        // One round a year, each with its own firms: a sign-off raced against corrections that reopen approved proposals.
        for (var year = 2023; year <= 2025; year++)
        {
            var firms = new List<int>();
            for (var i = 0; i < Firms; i++)
            {
                var firm = await App.FirmAsync($"并发评审企业{year}-{i}", tierOutput: 5_000m);
                await App.SendAsync(RecordFigures.Of(firm, year, 12_000m));
                firms.Add(firm);
            }

            await App.SendAsync(new StartAnnualReview(year));
            await App.SendAsync(new ApproveAllProposals(year, "核实无误"));

            var y = year;
            var signOff = Task.Run(() => App.SendAsync(new SignOffReview(y)));
            var corrections = firms.Select((firm, i) => Task.Run(() => App.SendAsync(RecordFigures.Of(firm, y, 60_000m + i)))).ToList();
            await Task.WhenAll(corrections);
            var refused = await Record.ExceptionAsync(() => signOff);

            var (status, pending, moves, changedAfter) = await App.QueryAsync(async db =>
            {
                var review = await db.AnnualReviews.SingleAsync(r => r.Year == y);
                return (
                    review.Status,
                    await db.ReviewProposals.CountAsync(p => p.ReviewId == review.Id && p.Decision == ProposalDecision.Pending),
                    await db.TierMoves.CountAsync(m => m.ReviewId == review.Id),
                    await db.ReviewProposals.CountAsync(p => p.ReviewId == review.Id && p.Changed));
            });
            if (refused is null)
            {
                // Signed off first: the corrections stand after it, and the proposals it applied are untouched.
                Assert.Equal((ReviewStatus.SignedOff, 0, Firms, 0), (status, pending, moves, changedAfter));
            }
            else
            {
                // A correction came first: its proposal is pending again, so the sign-off was refused and wrote nothing.
                var refusal = Assert.IsType<RuleViolationException>(refused);
                Assert.Contains("未决定", refusal.Message, StringComparison.Ordinal);
                Assert.Equal(ReviewStatus.Open, status);
                Assert.True(pending > 0);
                Assert.Equal(0, moves);
                await App.SendAsync(new ApproveAllProposals(year, "按更正后的产值核实"));
                await App.SendAsync(new SignOffReview(year));
            }
        }
    }
}
