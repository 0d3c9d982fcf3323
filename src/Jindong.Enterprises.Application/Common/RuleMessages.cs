using System.Globalization;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain;

namespace Jindong.Enterprises.Application.Common;

/// <summary>Turns a domain rule's name into the user's-language message for it.</summary>
public static class RuleMessages
{
    public static string For(DomainRuleException exception)
    {
        var format = Messages.ResourceManager.GetString("Rule" + exception.Rule, Messages.Culture) ?? exception.Rule;
        return string.Format(CultureInfo.CurrentCulture, format, exception.Arguments.ToArray());
    }
}
