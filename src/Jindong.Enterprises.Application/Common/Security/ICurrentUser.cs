using Jindong.Enterprises.Domain.Users;

namespace Jindong.Enterprises.Application.Common.Security;

/// <summary>Who is sending the current request.</summary>
public interface ICurrentUser
{
    string Name { get; }

    AccountRole Role { get; }

    /// <summary>The township a township officer is limited to; null for everyone else.</summary>
    int? TownshipId { get; }
}
