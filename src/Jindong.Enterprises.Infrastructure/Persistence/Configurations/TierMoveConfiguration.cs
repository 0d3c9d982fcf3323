using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jindong.Enterprises.Infrastructure.Persistence.Configurations;

internal sealed class TierMoveConfiguration : IEntityTypeConfiguration<TierMove>
{
    public void Configure(EntityTypeBuilder<TierMove> builder)
    {
        builder.Property(m => m.Reason).HasMaxLength(Reason.MaxLength);
        builder.Property(m => m.MovedBy).HasMaxLength(100);
        builder.HasIndex(m => new { m.EnterpriseId, m.Year });
        builder.HasIndex(m => m.ReviewId);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(m => m.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}
