using System.Globalization;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Enterprises;

namespace Jindong.Enterprises.Application.Enterprises;

/// <summary>Says in the user's language which GB 32100 rule a credit code breaks.</summary>
public static class CreditCodes
{
    /// <summary>The rule <paramref name="code"/> breaks, e.g. 「第 18 位校验码不符。」; null for a valid code.</summary>
    public static string? Problem(string? code)
    {
        if (UnifiedSocialCreditCode.Check(code) is not { } problem)
        {
            return null;
        }

        var text = UnifiedSocialCreditCode.Normalize(code ?? string.Empty);
        return problem switch
        {
            CreditCodeProblem.Length => Messages.CreditCodeProblemLength,
            CreditCodeProblem.Character => Messages.CreditCodeProblemCharacter,
            CreditCodeProblem.Authority => Format(Messages.CreditCodeProblemAuthority, text[..1]),
            CreditCodeProblem.InstitutionType => Format(Messages.CreditCodeProblemInstitutionType, text[1..2]),
            CreditCodeProblem.Region => Format(Messages.CreditCodeProblemRegion, text[2..8]),
            CreditCodeProblem.OrganizationCode => Messages.CreditCodeProblemOrganizationCode,
            _ => Messages.CreditCodeProblemCheckCharacter,
        };
    }

    /// <summary>Whether an override may record the code all the same: it breaks a rule, but has a code's form.</summary>
    public static bool Overridable(string? code) => UnifiedSocialCreditCode.Check(code) is not (null or CreditCodeProblem.Length or CreditCodeProblem.Character);

    private static string Format(string format, string part) => string.Format(CultureInfo.CurrentCulture, format, part);
}
