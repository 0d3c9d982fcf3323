namespace Jindong.Enterprises.Application.Common.Exceptions;

/// <summary>The thing the request names does not exist (or is not visible to the user).</summary>
public sealed class NotFoundException(string message) : Exception(message);
