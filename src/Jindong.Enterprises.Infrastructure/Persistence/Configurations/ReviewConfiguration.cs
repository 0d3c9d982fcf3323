using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Reviews;
using Jindong.Enterprises.Domain.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jindong.Enterprises.Infrastructure.Persistence.Configurations;

internal sealed class AnnualReviewConfiguration : IEntityTypeConfiguration<AnnualReview>
{
    public void Configure(EntityTypeBuilder<AnnualReview> builder)
    {
        builder.HasIndex(r => r.Year).IsUnique();
        builder.Property(r => r.StartedBy).HasMaxLength(100);
        builder.Property(r => r.SignedOffBy).HasMaxLength(100);
    }
}

internal sealed class ReviewProposalConfiguration : IEntityTypeConfiguration<ReviewProposal>
{
    public void Configure(EntityTypeBuilder<ReviewProposal> builder)
    {
        builder.HasIndex(p => new { p.ReviewId, p.EnterpriseId }).IsUnique();
        builder.HasIndex(p => p.EnterpriseId);
        builder.Property(p => p.DecisionReason).HasMaxLength(Reason.MaxLength);
        builder.Property(p => p.DecidedBy).HasMaxLength(100);
        builder.HasOne<AnnualReview>().WithMany().HasForeignKey(p => p.ReviewId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(p => p.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReviewTierMoveLinkConfiguration : IEntityTypeConfiguration<TierMove>
{
    // Only the link to the review; TierMoveConfiguration owns everything else about tier moves.
    public void Configure(EntityTypeBuilder<TierMove> builder) =>
        builder.HasOne<AnnualReview>().WithMany().HasForeignKey(m => m.ReviewId).OnDelete(DeleteBehavior.Restrict);
}
