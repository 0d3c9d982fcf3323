using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Industries;
using Jindong.Enterprises.Domain.Places;
using Jindong.Enterprises.Domain.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jindong.Enterprises.Infrastructure.Persistence.Configurations;

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> builder)
    {
        builder.Property(e => e.Name).HasMaxLength(EnterpriseName.MaxLength);
        builder.Property(e => e.CreditCode).HasMaxLength(UnifiedSocialCreditCode.Length).IsFixedLength();
        builder.Property(e => e.SegmentNote).HasMaxLength(500);
        builder.Property(e => e.StatusReason).HasMaxLength(Reason.MaxLength);
        builder.Property(e => e.CreditCodeOverride).HasMaxLength(Reason.MaxLength);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.NormalizedName).HasMaxLength(EnterpriseName.MaxLength);
        builder.HasIndex(e => e.NormalizedName).IsUnique();
        // The name's pinyin, for the name search only: kept by the persistence layer, not the domain (Search.NameReadings).
        builder.Property<string?>(Search.NameReadingsColumn.Name).HasMaxLength(Search.NameReadings.MaxLength);
        builder.HasIndex(e => e.CreditCode).IsUnique();
        builder.HasIndex(e => e.ListNo).IsUnique();
        builder.HasIndex(e => new { e.TownshipId, e.Status });
        // A township's firms in the plan's order (ListEnterprises): its listed firms by number, then the rest by id.
        // Id is spelled out for PostgreSQL, whose index keeps rows of one key in no order (SQLite's in rowid order);
        // without it page 100 of a township sorted all its unlisted firms.
        builder.HasIndex(e => new { e.TownshipId, e.ListNo, e.Id });
        // Covers the dashboard's one grouped count of active firms (GetDashboard): read from the index alone.
        builder.HasIndex(e => new { e.Status, e.TownshipId, e.CurrentTier, e.SegmentId });
        builder.HasIndex(e => e.SegmentId);
        builder.HasOne<Township>().WithMany().HasForeignKey(e => e.TownshipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Segment>().WithMany().HasForeignKey(e => e.SegmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Platform>().WithMany().HasForeignKey(e => e.PlatformId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MicroPark>().WithMany().HasForeignKey(e => e.MicroParkId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EnterpriseStateConfiguration : IEntityTypeConfiguration<EnterpriseState>
{
    public void Configure(EntityTypeBuilder<EnterpriseState> builder)
    {
        // A report for a day reads each firm's latest state effective by then (EnterpriseStates.At).
        builder.HasIndex(s => new { s.EnterpriseId, s.EffectiveOn, s.Id });
        builder.HasOne<Township>().WithMany().HasForeignKey(s => s.TownshipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Segment>().WithMany().HasForeignKey(s => s.SegmentId).OnDelete(DeleteBehavior.Restrict);
        // The firm's private list of states recorded through it: EF inserts them when the firm is saved.
        builder.HasOne<Enterprise>().WithMany("newStates").HasForeignKey(s => s.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}
