namespace Jindong.Enterprises.Domain.Users;

/// <summary>角色 — what an account may do in the registry.</summary>
public enum AccountRole
{
    /// <summary>Bureau staff (经商局), district-wide.</summary>
    Admin,

    /// <summary>A township officer, limited to one township.</summary>
    Township,

    /// <summary>A member of the annual review panel.</summary>
    Reviewer,

    /// <summary>A leader who only reads.</summary>
    Viewer,
}
