using Jindong.Enterprises.Domain.Users;
using Jindong.Enterprises.Application.Common.Security;

namespace Jindong.Enterprises.Testing;

/// <summary>The signed-in user of a test; bureau staff until the test says otherwise.</summary>
public sealed class TestUser(string name = TestUser.DefaultName) : ICurrentUser
{
    public const string DefaultName = "经商局测试员";

    public string Name { get; private set; } = name;

    public AccountRole Role { get; private set; } = AccountRole.Admin;

    public int? TownshipId { get; private set; }

    public void Become(AccountRole role, int? townshipId = null, string? name = null)
    {
        Role = role;
        TownshipId = townshipId;
        Name = name ?? Name;
    }
}
