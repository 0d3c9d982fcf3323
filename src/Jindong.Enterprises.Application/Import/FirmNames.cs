using System.Text;

namespace Jindong.Enterprises.Application.Import;

/// <summary>
/// The form of a firm's name that imports match on: NFKC folds full-width brackets, letters and
/// digits to half-width, and spaces are dropped, because the statistics bureau's files and the
/// plan print the same firm both ways.
/// </summary>
public static class FirmNames
{
    public static string Normalise(string name)
    {
        var folded = name.IsNormalized(NormalizationForm.FormKC) ? name : name.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }
}
