using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation.Results;
using Jindong.Enterprises.Application.Resources;

namespace Jindong.Enterprises.Application.Common.Behaviors;

/// <summary>
/// Refuses a NUL character in any text a request carries. PostgreSQL cannot store or even compare
/// one, so without this a pasted NUL in a search box, a township or a user name would reach the
/// database as a server error instead of a message. Checked for every request, whatever its validator.
/// </summary>
internal static class NulCharacters
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> TextProperties = new();

    public static IEnumerable<ValidationFailure> Find(object request) =>
        TextProperties.GetOrAdd(request.GetType(), type => type
                .GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.PropertyType == typeof(string) && p.GetIndexParameters().Length == 0)
                .ToArray())
            .Where(p => p.GetValue(request) is string text && text.Contains('\0', StringComparison.Ordinal))
            .Select(p => new ValidationFailure(p.Name, Messages.TextNulCharacter));
}
