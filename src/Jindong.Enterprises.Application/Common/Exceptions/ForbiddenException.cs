using Jindong.Enterprises.Application.Resources;

namespace Jindong.Enterprises.Application.Common.Exceptions;

/// <summary>The user may not do this (another township's firm, or a role without the right).</summary>
public sealed class ForbiddenException() : Exception(Messages.Forbidden);
