namespace Jindong.Enterprises.Application.Common.Exceptions;

/// <summary>The request's input is invalid; <see cref="Errors"/> holds the messages by field.</summary>
public class InputValidationException : Exception
{
    public InputValidationException(IDictionary<string, string[]> errors)
        : base(string.Join("; ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))))
    {
        Errors = new Dictionary<string, string[]>(errors);
    }

    public InputValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
