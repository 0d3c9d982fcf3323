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

internal sealed class ReviewEfficiencySchemeConfiguration : IEntityTypeConfiguration<EfficiencyScheme>
{
    public void Configure(EntityTypeBuilder<EfficiencyScheme> builder)
    {
        builder.HasKey(s => s.Year);
        builder.Property(s => s.Year).ValueGeneratedNever();
        builder.Ignore(s => s.Weights);
        builder.Ignore(s => s.Benchmarks);
        builder.Property(s => s.Source).HasMaxLength(500);

        // 黄岩区 2023 亩均效益综合评价 (PRODUCT.md, docs/efficiency.md): the one published rule with all six figures.
        builder.HasData(new EfficiencyScheme(
            2023,
            [30m, 20m, 20m, 10m, 10m, 10m],
            [24.097m, 136.16m, 2.694m, 4929.81m, 18.14m, 0.0302m],
            20m,
            80m,
            95m,
            "黄岩区 2023 年度工业企业亩均效益综合评价：权重 30/20/20/10/10/10，基准值 24.097/136.16/2.694/4929.81/18.14/0.0302；A 前 20%，B 20–80%，C 80–95%，D 后 5%"));
    }
}
