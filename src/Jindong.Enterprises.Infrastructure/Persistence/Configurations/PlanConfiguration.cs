using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Places;
using Jindong.Enterprises.Domain.Plan;
using Jindong.Enterprises.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jindong.Enterprises.Infrastructure.Persistence.Configurations;

internal sealed class PlanPeriodConfiguration : IEntityTypeConfiguration<PlanPeriod>
{
    public void Configure(EntityTypeBuilder<PlanPeriod> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(PlanPeriod.CodeMaxLength);
        builder.Property(p => p.Title).HasMaxLength(PlanPeriod.TitleMaxLength);
        builder.Property(p => p.Source).HasMaxLength(PlanPeriod.SourceMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Ignore(p => p.IsClosed);
    }
}

internal sealed class PlanTargetConfiguration : IEntityTypeConfiguration<PlanTarget>
{
    public void Configure(EntityTypeBuilder<PlanTarget> builder)
    {
        builder.Property(t => t.Category).HasMaxLength(PlanTarget.CategoryMaxLength);
        builder.Property(t => t.Name).HasMaxLength(PlanTarget.NameMaxLength);
        builder.Property(t => t.Subject).HasMaxLength(PlanTarget.SubjectMaxLength);
        builder.Property(t => t.Unit).HasMaxLength(PlanTarget.UnitMaxLength);
        builder.Property(t => t.BaseText).HasMaxLength(PlanTarget.TextMaxLength);
        builder.Property(t => t.TargetText).HasMaxLength(PlanTarget.TextMaxLength);
        builder.Property(t => t.GrowthText).HasMaxLength(PlanTarget.TextMaxLength);
        builder.Property(t => t.OfficialText).HasMaxLength(PlanTarget.TextMaxLength);
        builder.Property(t => t.Source).HasMaxLength(PlanTarget.SourceMaxLength);
        builder.Property(t => t.OfficialSource).HasMaxLength(PlanTarget.SourceMaxLength);
        builder.Property(t => t.Scope).HasMaxLength(30);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => new { t.PlanId, t.Name, t.Scope }).IsUnique();
        builder.HasIndex(t => new { t.PlanId, t.Kind, t.Subject });
        builder.HasOne<PlanPeriod>().WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Township>().WithMany().HasForeignKey(t => t.TownshipId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ParkMembershipConfiguration : IEntityTypeConfiguration<ParkMembership>
{
    public void Configure(EntityTypeBuilder<ParkMembership> builder)
    {
        builder.Property(m => m.ParkName).HasMaxLength(ParkMembership.ParkNameMaxLength);
        builder.HasIndex(m => new { m.EnterpriseId, m.Year }).IsUnique();
        builder.Ignore(m => m.InPark);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(m => m.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Platform>().WithMany().HasForeignKey(m => m.PlatformId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MicroPark>().WithMany().HasForeignKey(m => m.MicroParkId).OnDelete(DeleteBehavior.Restrict);
    }
}
