using Jindong.Enterprises.Domain.Designations;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Watch;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jindong.Enterprises.Infrastructure.Persistence.Configurations;

internal sealed class DesignationKindConfiguration : IEntityTypeConfiguration<DesignationKind>
{
    public void Configure(EntityTypeBuilder<DesignationKind> builder)
    {
        builder.Property(k => k.Code).HasMaxLength(DesignationKind.CodeMaxLength);
        builder.Property(k => k.Name).HasMaxLength(DesignationKind.NameMaxLength);
        builder.Property(k => k.Family).HasMaxLength(DesignationKind.NameMaxLength);
        builder.Property(k => k.Boards).HasMaxLength(DesignationKind.ListMaxLength);
        builder.Property(k => k.Counts).HasMaxLength(DesignationKind.ListMaxLength);
        builder.HasIndex(k => k.Code).IsUnique();
        builder.HasIndex(k => k.Name).IsUnique();
        builder.Ignore(k => k.BoardList);
        builder.Ignore(k => k.CountList);
    }
}

internal sealed class DesignationConfiguration : IEntityTypeConfiguration<Designation>
{
    public void Configure(EntityTypeBuilder<Designation> builder)
    {
        builder.Property(d => d.Number).HasMaxLength(Designation.NumberMaxLength);
        builder.Property(d => d.Board).HasMaxLength(Designation.BoardMaxLength);
        builder.Property(d => d.Source).HasMaxLength(Designation.SourceMaxLength);
        builder.Property(d => d.EndReason).HasMaxLength(Designation.SourceMaxLength);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.ValidFrom);
        // One grant per firm, kind and year: an announcement list imported twice adds nothing.
        builder.HasIndex(d => new { d.EnterpriseId, d.KindId, d.Year }).IsUnique();
        builder.HasIndex(d => new { d.KindId, d.Year });
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(d => d.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DesignationKind>().WithMany().HasForeignKey(d => d.KindId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WatchThresholdsConfiguration : IEntityTypeConfiguration<WatchThresholds>
{
    public void Configure(EntityTypeBuilder<WatchThresholds> builder)
    {
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Version).IsConcurrencyToken();
    }
}

internal sealed class FigureCheckNoteConfiguration : IEntityTypeConfiguration<FigureCheckNote>
{
    public void Configure(EntityTypeBuilder<FigureCheckNote> builder)
    {
        builder.Property(n => n.MeasureKey).HasMaxLength(20);
        builder.Property(n => n.Explanation).HasMaxLength(FigureCheckNote.ExplanationMaxLength);
        builder.Property(n => n.AcknowledgedBy).HasMaxLength(100);
        builder.HasIndex(n => new { n.EnterpriseId, n.Year, n.Check, n.MeasureKey }).IsUnique();
        builder.HasIndex(n => n.Year);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(n => n.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}
