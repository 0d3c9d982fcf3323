using Jindong.Enterprises.Application.Common.Security;

namespace Jindong.Enterprises.Tests.Support;

/// <summary>The signed-in user of a test; bureau staff until a test says otherwise.</summary>
public sealed class TestUser : ICurrentUser
{
    public const string DefaultName = "经商局测试员";

    public string Name { get; private set; } = DefaultName;

    public UserRole Role { get; private set; } = UserRole.Admin;

    public int? TownshipId { get; private set; }

    public void Become(UserRole role, int? townshipId = null, string name = DefaultName)
    {
        Role = role;
        TownshipId = townshipId;
        Name = name;
    }
}
