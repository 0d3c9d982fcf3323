namespace Jindong.Enterprises.Application.Common.Security;

/// <summary>What a request needs of its user. <see cref="AccessPolicy"/> says which roles have each.</summary>
public enum Permission
{
    /// <summary>Read the registry (every signed-in user, township officers their township only).</summary>
    Read,

    /// <summary>Register firms and change them: profile, figures, tiers, targets, imports.</summary>
    ChangeFirms,

    /// <summary>Run, decide and sign off the annual review.</summary>
    RunReviews,

    /// <summary>Accounts, plans, methods, database maintenance: the bureau's administrators.</summary>
    Administer,
}

/// <summary>Declares the permission a request needs; requests without it need only <see cref="Permission.Read"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class RequiresAttribute(Permission permission) : Attribute
{
    public Permission Permission { get; } = permission;
}

/// <summary>A request that changes one firm: it needs <see cref="Permission.ChangeFirms"/> and the firm's township in the user's scope.</summary>
public interface IChangesEnterprise
{
    int EnterpriseId { get; }
}

/// <summary>A request that reads one firm: the firm must be in the user's scope (else it is not found, exactly as an unknown id).</summary>
public interface IReadsEnterprise
{
    int EnterpriseId { get; }
}
