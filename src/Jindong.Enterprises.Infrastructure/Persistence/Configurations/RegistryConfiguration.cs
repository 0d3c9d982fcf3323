using Jindong.Enterprises.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jindong.Enterprises.Infrastructure.Persistence.Configurations;

internal sealed class RegistryVersionConfiguration : IEntityTypeConfiguration<RegistryVersionRow>
{
    public void Configure(EntityTypeBuilder<RegistryVersionRow> builder)
    {
        builder.ToTable("RegistryVersion");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasData(new { Id = RegistryVersionRow.SingleId, Version = 1L });
    }
}

internal sealed class SearchTextConfiguration : IEntityTypeConfiguration<SearchTextRow>
{
    public void Configure(EntityTypeBuilder<SearchTextRow> builder)
    {
        builder.ToTable("EnterpriseSearchTexts");
        builder.Property(t => t.Kind).HasMaxLength(SearchTextRow.KindMaxLength);
        builder.HasIndex(t => new { t.EnterpriseId, t.Kind }).IsUnique();
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(t => t.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}
