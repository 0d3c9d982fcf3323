using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Figures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jindong.Enterprises.Infrastructure.Persistence.Configurations;

internal sealed class AnnualFiguresConfiguration : IEntityTypeConfiguration<AnnualFigures>
{
    public void Configure(EntityTypeBuilder<AnnualFigures> builder)
    {
        builder.ComplexProperty(f => f.Values, MeasureColumns.Configure);
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
        builder.ComplexProperty(f => f.Values, MeasureColumns.Configure);
        builder.Property(f => f.RecordedBy).HasMaxLength(100);
        builder.Property(f => f.SourceFile).HasMaxLength(AnnualFigures.SourceFileMaxLength);
        builder.HasIndex(f => new { f.EnterpriseId, f.Year, f.Version }).IsUnique();
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(f => f.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>The measures' columns, one per <see cref="Measures"/> row, named as the property (no "Values_" prefix).</summary>
internal static class MeasureColumns
{
    public static void Configure(ComplexPropertyBuilder<FigureValues> values)
    {
        foreach (var measure in Measures.All)
        {
            values.Property(measure.Property).HasColumnName(measure.Property);
        }
    }

    /// <summary>The quoted column list, "OutputWan", "RevenueWan", …, in the table's order; with a prefix ("f.") when given.</summary>
    public static string List(string? alias = null) => string.Join(", ", Measures.All.Select(m => Column(m.Measure, alias)));

    public static string Column(Measure measure, string? alias = null) => $"{alias}\"{Measures.Of(measure).Property}\"";
}
