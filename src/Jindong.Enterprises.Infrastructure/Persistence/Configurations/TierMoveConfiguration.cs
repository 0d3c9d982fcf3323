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
        // The firm's private list of moves made through it: EF inserts them when the firm is saved.
        builder.HasOne<Enterprise>().WithMany("newMoves").HasForeignKey(m => m.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}
