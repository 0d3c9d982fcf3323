namespace Jindong.Enterprises.Domain.Users;

/// <summary>用户账户 — someone who signs in to the web application, with a hashed password.</summary>
public sealed class UserAccount
{
    /// <summary>Failed sign-ins in a row that lock the account.</summary>
    public const int MaxFailedSignIns = 5;

    public const int UserNameMaxLength = 50;

    public const int PasswordHashMaxLength = 256;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private UserAccount()
    {
        UserName = PasswordHash = string.Empty;
    }

    public int Id { get; private set; }

    public string UserName { get; private set; }

    public string PasswordHash { get; private set; }

    public AccountRole Role { get; private set; }

    /// <summary>The township a township officer is limited to; null for every other role.</summary>
    public int? TownshipId { get; private set; }

    /// <summary>Failed sign-ins since the last successful one or the last lockout.</summary>
    public int FailedSignIns { get; private set; }

    public DateTime? LockedOutUntil { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? LastSignInAt { get; private set; }

    public static UserAccount Create(string userName, string passwordHash, AccountRole role, int? townshipId, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(userName) || userName.Length > UserNameMaxLength)
        {
            throw new ArgumentException("A user name is required and must fit the column.", nameof(userName));
        }

        if (role == AccountRole.Township != townshipId.HasValue)
        {
            throw new ArgumentException("A township officer, and only a township officer, has a township.", nameof(townshipId));
        }

        return new UserAccount
        {
            UserName = userName,
            PasswordHash = passwordHash,
            Role = role,
            TownshipId = townshipId,
            CreatedAt = now,
        };
    }

    public bool IsLockedOut(DateTime now) => LockedOutUntil is { } until && until > now;

    /// <summary>Counts a failed sign-in; the fifth in a row locks the account for <see cref="LockoutDuration"/>.</summary>
    public void RecordFailedSignIn(DateTime now)
    {
        FailedSignIns++;
        if (FailedSignIns >= MaxFailedSignIns)
        {
            LockedOutUntil = now + LockoutDuration;
            FailedSignIns = 0;
        }
    }

    public void RecordSignIn(DateTime now)
    {
        FailedSignIns = 0;
        LockedOutUntil = null;
        LastSignInAt = now;
    }

    /// <summary>Replaces the hash, e.g. when the hasher asks for a stronger one after a sign-in.</summary>
    public void ReplacePasswordHash(string passwordHash) => PasswordHash = passwordHash;
}
