namespace Jindong.Enterprises.Domain;

/// <summary>
/// A domain rule refused an operation. <see cref="Rule"/> names the rule so that the
/// application layer can show the user's-language message for it.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string rule, params object[] arguments)
        : base($"Domain rule '{rule}' refused the operation.")
    {
        Rule = rule;
        Arguments = arguments;
    }

    public string Rule { get; }

    public IReadOnlyList<object> Arguments { get; }
}
