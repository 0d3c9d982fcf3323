using System.Text;

namespace Jindong.Enterprises.Domain.Enterprises;

/// <summary>Limits shared by the validators and the database columns, and the name's matching form.</summary>
public static class EnterpriseName
{
    public const int MaxLength = 200;

    /// <summary>
    /// The form two spellings of one firm share: NFKC (full-width brackets and letters become
    /// half-width), no white space, Latin letters upper-cased. The plan itself prints
    /// 同方计算机(浙江)有限公司 and 同方计算机（浙江）有限公司 for one firm.
    /// </summary>
    public static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }
}

/// <summary>Limits of free-text reasons given for changes.</summary>
public static class Reason
{
    public const int MaxLength = 500;
}
