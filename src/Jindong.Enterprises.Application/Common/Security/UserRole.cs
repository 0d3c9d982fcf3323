namespace Jindong.Enterprises.Application.Common.Security;

/// <summary>What a signed-in user may do.</summary>
public enum UserRole
{
    /// <summary>Bureau staff (经商局): everything, district-wide.</summary>
    Admin,

    /// <summary>A township officer: the firms of one township only.</summary>
    Township,

    /// <summary>The annual review panel.</summary>
    Reviewer,

    /// <summary>Leaders: read only.</summary>
    Viewer,
}
