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
