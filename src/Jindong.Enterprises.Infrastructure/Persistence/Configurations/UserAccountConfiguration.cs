using Jindong.Enterprises.Domain.Places;
using Jindong.Enterprises.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jindong.Enterprises.Infrastructure.Persistence.Configurations;

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> builder)
    {
        builder.ToTable("Users");
        builder.Property(u => u.UserName).HasMaxLength(UserAccount.UserNameMaxLength);
        builder.HasIndex(u => u.UserName).IsUnique();
        builder.Property(u => u.NormalizedUserName).HasMaxLength(UserAccount.UserNameMaxLength);
        builder.HasIndex(u => u.NormalizedUserName).IsUnique();
        builder.Property(u => u.SecurityStamp).HasMaxLength(UserAccount.SecurityStampLength);
        builder.Property(u => u.PasswordHash).HasMaxLength(UserAccount.PasswordHashMaxLength);
        builder.HasOne<Township>().WithMany().HasForeignKey(u => u.TownshipId).OnDelete(DeleteBehavior.Restrict);
    }
}
