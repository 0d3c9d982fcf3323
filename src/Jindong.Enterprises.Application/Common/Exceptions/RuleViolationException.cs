namespace Jindong.Enterprises.Application.Common.Exceptions;

/// <summary>
/// A rule of the registry refuses the request in the registry's current state (a tier move the
/// figures do not support, a review already started or signed off). Unlike a
/// <see cref="ConflictException"/>, sending it again changes nothing: the request must change.
/// </summary>
public sealed class RuleViolationException(string message, Exception? inner = null) : Exception(message, inner);
