using Jindong.Enterprises.Application.Common.Security;

namespace Jindong.Enterprises.Testing;

/// <summary>The signed-in user of a test; bureau staff until the test says otherwise.</summary>
public sealed class TestUser(string name = TestUser.DefaultName) : ICurrentUser
{
    public const string DefaultName = "经商局测试员";

    public string Name { get; private set; } = name;

    public UserRole Role { get; private set; } = UserRole.Admin;

    public int? TownshipId { get; private set; }

    public void Become(UserRole role, int? townshipId = null, string? name = null)
    {
        Role = role;
        TownshipId = townshipId;
        Name = name ?? Name;
    }
}
