using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Figures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jindong.Enterprises.Infrastructure.Persistence.Configurations;

internal sealed class AnnualFiguresConfiguration : IEntityTypeConfiguration<AnnualFigures>
{
    public void Configure(EntityTypeBuilder<AnnualFigures> builder)
    {
        builder.Ignore(f => f.Values);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.Property(f => f.RecordedBy).HasMaxLength(100);
        builder.Property(f => f.SourceFile).HasMaxLength(AnnualFigures.SourceFileMaxLength);
        builder.HasIndex(f => new { f.EnterpriseId, f.Year }).IsUnique();
        builder.HasIndex(f => f.Year);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(f => f.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AnnualFiguresRevisionConfiguration : IEntityTypeConfiguration<AnnualFiguresRevision>
{
    public void Configure(EntityTypeBuilder<AnnualFiguresRevision> builder)
    {
        builder.Ignore(f => f.Values);
        builder.Property(f => f.RecordedBy).HasMaxLength(100);
        builder.Property(f => f.SourceFile).HasMaxLength(AnnualFigures.SourceFileMaxLength);
        builder.HasIndex(f => new { f.EnterpriseId, f.Year, f.Version }).IsUnique();
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(f => f.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}
