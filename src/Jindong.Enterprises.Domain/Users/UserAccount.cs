namespace Jindong.Enterprises.Domain.Users;

/// <summary>
/// 用户账户 — someone who signs in to the web application, with a hashed password. Its security
/// stamp changes whenever what a session was granted no longer holds (sign-out, a new password,
/// disabling, another role or township): every session issued under the old stamp then ends.
/// </summary>
public sealed class UserAccount
{
    /// <summary>Failed sign-ins in a row that lock the account.</summary>
    public const int MaxFailedSignIns = 10;

    public const int UserNameMaxLength = Users.UserName.MaxLength;

    public const int PasswordHashMaxLength = 256;

    public const int SecurityStampLength = 32;

    /// <summary>How long a locked account stays locked, unless an administrator unlocks it.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private UserAccount()
    {
        UserName = NormalizedUserName = PasswordHash = SecurityStamp = string.Empty;
    }

    public int Id { get; private set; }

    public string UserName { get; private set; }

    /// <summary><see cref="Users.UserName.Normalize"/> of the name: unique, and what sign-in looks up.</summary>
    public string NormalizedUserName { get; private set; }

    public string PasswordHash { get; private set; }

    /// <summary>Changes whenever the account's sessions must end; each session carries the stamp it was issued under.</summary>
    public string SecurityStamp { get; private set; }

    public AccountRole Role { get; private set; }

    /// <summary>The township a township officer is limited to; null for every other role.</summary>
    public int? TownshipId { get; private set; }

    /// <summary>A disabled account cannot sign in, and has no session.</summary>
    public bool IsDisabled { get; private set; }

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

        EnsureTownshipFitsRole(role, townshipId);
        return new UserAccount
        {
            UserName = userName,
            NormalizedUserName = Users.UserName.Normalize(userName),
            PasswordHash = passwordHash,
            SecurityStamp = NewStamp(),
            Role = role,
            TownshipId = townshipId,
            CreatedAt = now,
        };
    }

    public bool IsLockedOut(DateTime now) => LockedOutUntil is { } until && until > now;

    /// <summary>Counts a failed sign-in; the <see cref="MaxFailedSignIns"/>th in a row locks the account for <see cref="LockoutDuration"/>.</summary>
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

    /// <summary>Replaces the hash of the same password, when the hasher asks for a stronger one after a sign-in; sessions go on.</summary>
    public void ReplacePasswordHash(string passwordHash) => PasswordHash = passwordHash;

    /// <summary>A new password (changed by its owner, or set by an administrator): the lockout is lifted and every session ends.</summary>
    public void SetPassword(string passwordHash)
    {
        PasswordHash = passwordHash;
        Unlock();
        EndSessions();
    }

    public void Unlock()
    {
        FailedSignIns = 0;
        LockedOutUntil = null;
    }

    public void Disable()
    {
        IsDisabled = true;
        EndSessions();
    }

    public void Enable() => IsDisabled = false;

    /// <summary>Another role or township: the sessions granted the old ones end.</summary>
    public void ChangeRole(AccountRole role, int? townshipId)
    {
        EnsureTownshipFitsRole(role, townshipId);
        if (role == Role && townshipId == TownshipId)
        {
            return;
        }

        Role = role;
        TownshipId = townshipId;
        EndSessions();
    }

    /// <summary>Ends every session of the account (signing out ends them all, on every device).</summary>
    public void EndSessions() => SecurityStamp = NewStamp();

    private static void EnsureTownshipFitsRole(AccountRole role, int? townshipId)
    {
        if (role == AccountRole.Township != townshipId.HasValue)
        {
            throw new ArgumentException("A township officer, and only a township officer, has a township.", nameof(townshipId));
        }
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
