using Jindong.Enterprises.Domain.Auditing;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Industries;
using Jindong.Enterprises.Domain.Places;
using Jindong.Enterprises.Domain.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jindong.Enterprises.Infrastructure.Persistence.Configurations;

internal sealed class TownshipConfiguration : IEntityTypeConfiguration<Township>
{
    public void Configure(EntityTypeBuilder<Township> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(20);
        builder.Property(t => t.ShortName).HasMaxLength(20);
        builder.HasIndex(t => t.Name).IsUnique();
    }
}

internal sealed class IndustryCategoryConfiguration : IEntityTypeConfiguration<IndustryCategory>
{
    public void Configure(EntityTypeBuilder<IndustryCategory> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(50);
        builder.HasIndex(c => c.Name).IsUnique();
    }
}

internal sealed class IndustryConfiguration : IEntityTypeConfiguration<Industry>
{
    public void Configure(EntityTypeBuilder<Industry> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(50);
        builder.HasIndex(i => i.Name).IsUnique();
        builder.HasOne(i => i.Category).WithMany().HasForeignKey(i => i.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SegmentConfiguration : IEntityTypeConfiguration<Segment>
{
    public void Configure(EntityTypeBuilder<Segment> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(50);
        builder.HasIndex(s => s.Name).IsUnique();
        builder.HasOne(s => s.Industry).WithMany().HasForeignKey(s => s.IndustryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PlatformConfiguration : IEntityTypeConfiguration<Platform>
{
    public void Configure(EntityTypeBuilder<Platform> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.Location).HasMaxLength(100);
        builder.HasIndex(p => p.No).IsUnique();
    }
}

internal sealed class MicroParkConfiguration : IEntityTypeConfiguration<MicroPark>
{
    public void Configure(EntityTypeBuilder<MicroPark> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.Status).HasMaxLength(20);
        builder.HasIndex(p => p.No).IsUnique();
        builder.HasOne<Township>().WithMany().HasForeignKey(p => p.TownshipId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InvestmentProjectConfiguration : IEntityTypeConfiguration<InvestmentProject>
{
    public void Configure(EntityTypeBuilder<InvestmentProject> builder)
    {
        builder.Property(p => p.Company).HasMaxLength(EnterpriseName.MaxLength);
        builder.Property(p => p.Project).HasMaxLength(200);
        builder.Property(p => p.ExpectedCompletion).HasMaxLength(10);
        builder.Property(p => p.LinkNote).HasMaxLength(200);
        // Appendix 3 prints two projects under number 15, so (No, Project) is the key the plan gives.
        builder.HasIndex(p => new { p.No, p.Project }).IsUnique();
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(p => p.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Actor).HasMaxLength(100);
        builder.Property(a => a.Command).HasMaxLength(100);
        builder.Property(a => a.Reason).HasMaxLength(Reason.MaxLength);
        builder.Property(a => a.SourceName).HasMaxLength(Domain.Figures.AnnualFigures.SourceFileMaxLength);
        builder.HasIndex(a => a.EnterpriseId);
    }
}
