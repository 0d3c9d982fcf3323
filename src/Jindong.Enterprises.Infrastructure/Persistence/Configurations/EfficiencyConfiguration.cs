using Jindong.Enterprises.Application.Efficiency;
using Jindong.Enterprises.Domain.Efficiency;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Places;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jindong.Enterprises.Infrastructure.Persistence.Configurations;

/// <summary>A method's terms and a run's averages stored as their JSON (<see cref="MethodJson"/>), compared by it.</summary>
internal static class StoredJson
{
    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property)
        where T : class => property
        .HasConversion(v => MethodJson.Store(v), s => MethodJson.Load<T>(s), new ValueComparer<T>(
            (a, b) => MethodJson.Store(a) == MethodJson.Store(b),
            v => MethodJson.Store(v).GetHashCode(StringComparison.Ordinal),
            v => MethodJson.Load<T>(MethodJson.Store(v))))
        .IsRequired();
}

internal sealed class EfficiencyMethodConfiguration : IEntityTypeConfiguration<EfficiencyMethod>
{
    public void Configure(EntityTypeBuilder<EfficiencyMethod> builder)
    {
        builder.HasIndex(m => m.Year).IsUnique();
        builder.Property(m => m.Terms).AsJson();
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Property(m => m.UpdatedBy).HasMaxLength(100);
    }
}

internal sealed class EfficiencyEvaluationConfiguration : IEntityTypeConfiguration<EfficiencyEvaluation>
{
    public void Configure(EntityTypeBuilder<EfficiencyEvaluation> builder)
    {
        builder.HasIndex(e => e.Year).IsUnique();
        builder.Property(e => e.Terms).AsJson();
        builder.Property(e => e.Stats).AsJson();
        builder.Property(e => e.RunBy).HasMaxLength(100);
        builder.Property(e => e.PublishedBy).HasMaxLength(100);
        builder.Property(e => e.FinalizedBy).HasMaxLength(100);
    }
}

internal sealed class EfficiencyResultConfiguration : IEntityTypeConfiguration<EfficiencyResult>
{
    public void Configure(EntityTypeBuilder<EfficiencyResult> builder)
    {
        builder.ComplexProperty(r => r.Values, MeasureColumns.Configure);
        builder.Property(r => r.Class).HasMaxLength(ClassTerms.CodeMaxLength);
        builder.HasIndex(r => new { r.EvaluationId, r.EnterpriseId }).IsUnique();
        builder.HasIndex(r => r.EnterpriseId);
        builder.HasOne<EfficiencyEvaluation>().WithMany().HasForeignKey(r => r.EvaluationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(r => r.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Township>().WithMany().HasForeignKey(r => r.TownshipId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EfficiencyResultLineConfiguration : IEntityTypeConfiguration<EfficiencyResultLine>
{
    public void Configure(EntityTypeBuilder<EfficiencyResultLine> builder)
    {
        builder.HasIndex(l => new { l.EvaluationId, l.EnterpriseId, l.Order }).IsUnique();
        builder.HasOne<EfficiencyEvaluation>().WithMany().HasForeignKey(l => l.EvaluationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EfficiencyFlagConfiguration : IEntityTypeConfiguration<EfficiencyFlag>
{
    public void Configure(EntityTypeBuilder<EfficiencyFlag> builder)
    {
        builder.HasIndex(f => new { f.EvaluationId, f.EnterpriseId });
        builder.Property(f => f.Reason).HasMaxLength(Reason.MaxLength);
        builder.Property(f => f.ClosingNote).HasMaxLength(Reason.MaxLength);
        builder.Property(f => f.FlaggedBy).HasMaxLength(100);
        builder.Property(f => f.ClosedBy).HasMaxLength(100);
        builder.HasOne<EfficiencyEvaluation>().WithMany().HasForeignKey(f => f.EvaluationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(f => f.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EfficiencyObjectionConfiguration : IEntityTypeConfiguration<EfficiencyObjection>
{
    public void Configure(EntityTypeBuilder<EfficiencyObjection> builder)
    {
        builder.HasIndex(o => new { o.EvaluationId, o.EnterpriseId });
        builder.Property(o => o.Reason).HasMaxLength(Reason.MaxLength);
        builder.Property(o => o.Attachment).HasMaxLength(EfficiencyObjection.AttachmentMaxLength);
        builder.Property(o => o.DecisionReason).HasMaxLength(Reason.MaxLength);
        builder.Property(o => o.RecordedBy).HasMaxLength(100);
        builder.Property(o => o.DecidedBy).HasMaxLength(100);
        builder.Property(o => o.ClassBefore).HasMaxLength(ClassTerms.CodeMaxLength);
        builder.Property(o => o.ClassAfter).HasMaxLength(ClassTerms.CodeMaxLength);
        builder.HasOne<EfficiencyEvaluation>().WithMany().HasForeignKey(o => o.EvaluationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(o => o.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RemediationCaseConfiguration : IEntityTypeConfiguration<RemediationCase>
{
    public void Configure(EntityTypeBuilder<RemediationCase> builder)
    {
        builder.HasIndex(c => c.EnterpriseId);
        builder.HasIndex(c => new { c.Year, c.TownshipId });
        builder.Property(c => c.Notes).HasMaxLength(RemediationCase.NotesMaxLength);
        builder.Property(c => c.Outcome).HasMaxLength(Reason.MaxLength);
        builder.Property(c => c.UpdatedBy).HasMaxLength(100);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(c => c.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Township>().WithMany().HasForeignKey(c => c.TownshipId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LandParcelConfiguration : IEntityTypeConfiguration<LandParcel>
{
    public void Configure(EntityTypeBuilder<LandParcel> builder)
    {
        builder.HasIndex(p => new { p.EnterpriseId, p.Number }).IsUnique();
        builder.Property(p => p.Number).HasMaxLength(LandParcel.NumberMaxLength);
        builder.Property(p => p.RecordedBy).HasMaxLength(100);
        builder.Ignore(p => p.Span);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(p => p.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EfficiencyProfileConfiguration : IEntityTypeConfiguration<EfficiencyProfile>
{
    public void Configure(EntityTypeBuilder<EfficiencyProfile> builder)
    {
        builder.HasKey(p => p.EnterpriseId);
        builder.Property(p => p.EnterpriseId).ValueGeneratedNever();
        builder.Property(p => p.Kind).HasMaxLength(Exemptions.KindMaxLength);
        builder.Property(p => p.UpdatedBy).HasMaxLength(100);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(p => p.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}
