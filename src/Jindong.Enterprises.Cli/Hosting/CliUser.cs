using Jindong.Enterprises.Domain.Users;
using Jindong.Enterprises.Application.Common.Security;

namespace Jindong.Enterprises.Cli.Hosting;

/// <summary>
/// The administrator at the terminal: whoever can open the database file is bureau staff.
/// The name recorded in the audit trail is JINDONG_USER, else the operating-system user.
/// </summary>
internal sealed class CliUser : ICurrentUser
{
    public string Name { get; } = Environment.GetEnvironmentVariable("JINDONG_USER") is { Length: > 0 } user ? user : Environment.UserName;

    public AccountRole Role => AccountRole.Admin;

    public int? TownshipId => null;
}
