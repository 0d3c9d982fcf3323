using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Domain.Users;
using Microsoft.AspNetCore.Identity;

namespace Jindong.Enterprises.Infrastructure.Security;

/// <summary>ASP.NET Core Identity's hasher (PBKDF2 with a per-password salt) behind the application's interface.</summary>
internal sealed class IdentityPasswordHashing : IPasswordHashing
{
    private readonly PasswordHasher<UserAccount> hasher = new();

    public string Hash(string password) => hasher.HashPassword(null!, password);

    public PasswordCheck Verify(string hash, string password) => hasher.VerifyHashedPassword(null!, hash, password) switch
    {
        PasswordVerificationResult.Success => PasswordCheck.Succeeded,
        PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.SucceededRehashNeeded,
        _ => PasswordCheck.Failed,
    };
}
