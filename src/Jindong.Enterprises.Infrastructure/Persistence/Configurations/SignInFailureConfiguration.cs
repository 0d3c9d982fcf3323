using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jindong.Enterprises.Infrastructure.Persistence.Configurations;

internal sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailure>
{
    public void Configure(EntityTypeBuilder<SignInFailure> builder)
    {
        builder.ToTable("SignInFailures");
        builder.Property(f => f.Client).HasMaxLength(SignInFailure.ClientLength);
        // A client's recent failures, and the sweep of old ones, read this index.
        builder.HasIndex(f => new { f.Client, f.FailedAt });
        builder.HasIndex(f => f.FailedAt);
    }
}
