using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Jindong.Enterprises.Infrastructure.Persistence;

/// <summary>
/// An enum value as a SQL literal in the form the EF model stores it (by name today), read off the
/// model's type mapping of a property of that type, so hand-written statements never spell a stored form.
/// </summary>
internal static class StoredLiterals
{
    private static readonly ConcurrentDictionary<(IModel, Enum), string> Cache = new();

    public static string Of<T>(IModel model, T value)
        where T : struct, Enum => Cache.GetOrAdd((model, value), key =>
        {
            var property = key.Item1.GetEntityTypes()
                .SelectMany(e => e.GetProperties())
                .First(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType) == typeof(T));
            return property.GetRelationalTypeMapping().GenerateSqlLiteral(key.Item2);
        });
}
