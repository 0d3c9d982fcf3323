using Jindong.Enterprises.Application.Common.Exceptions;

namespace Jindong.Enterprises.Application.Common.Persistence;

/// <summary>Recognises the database engine's "read-only", "disk full" and "cannot open" errors.</summary>
public interface IStorageErrors
{
    /// <summary>The <see cref="StorageException"/> <paramref name="exception"/> amounts to, or null when it is something else.</summary>
    StorageException? Translate(Exception exception);
}
