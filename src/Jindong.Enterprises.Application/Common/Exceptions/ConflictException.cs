namespace Jindong.Enterprises.Application.Common.Exceptions;

/// <summary>
/// Someone else changed what the request read first: a stale version, or a concurrent command
/// that took the same name or code. Trying again on fresh data may succeed.
/// </summary>
public sealed class ConflictException(string message, Exception? inner = null) : Exception(message, inner);
