namespace Jindong.Enterprises.Infrastructure.Persistence;

/// <summary>
/// One failed password check of a client address, kept for the sign-in throttle of every web
/// server in front of the database (Web's SignInThrottle): a client refused by one server is
/// refused by all. Security bookkeeping, not registry data: neither audited nor a registry version.
/// </summary>
public sealed class SignInFailure(string client, DateTime failedAt)
{
    /// <summary>Longest client key: an IPv6 /64 prefix with its suffix.</summary>
    public const int ClientLength = 64;

    public long Id { get; private set; }

    public string Client { get; private set; } = client;

    public DateTime FailedAt { get; private set; } = failedAt;
}
