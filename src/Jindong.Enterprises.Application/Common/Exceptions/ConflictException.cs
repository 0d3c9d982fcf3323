namespace Jindong.Enterprises.Application.Common.Exceptions;

/// <summary>
/// The request cannot be carried out in the registry's current state: someone else saved
/// first, or a rule refuses it (e.g. a move the figures do not support).
/// </summary>
public sealed class ConflictException(string message, Exception? inner = null) : Exception(message, inner);
