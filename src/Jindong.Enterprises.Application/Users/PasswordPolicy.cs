using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Users;

namespace Jindong.Enterprises.Application.Users;

/// <summary>
/// What a new password must be: at least <see cref="MinLength"/> characters, not one of the common
/// passwords every guessing list starts with (Users/common-passwords.txt, shipped inside the
/// assembly), and not containing the account's own name.
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 12;

    /// <summary>Longer than any passphrase; the hash input stays bounded.</summary>
    public const int MaxLength = 256;

    private const string ListSeparator = "----";

    private static readonly Lazy<HashSet<string>> Common = new(LoadCommonPasswords);

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim());

    /// <summary>The rules for a new password of the account named by <paramref name="userName"/>, the first it breaks reported.</summary>
    internal static IRuleBuilderOptions<T, string> ValidNewPassword<T>(this IRuleBuilderInitial<T, string> rule, Func<T, string?> userName) => rule
        .Cascade(CascadeMode.Stop)
        .Must(p => p is { Length: >= MinLength } && !string.IsNullOrWhiteSpace(p))
        .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.PasswordTooShort, MinLength))
        .Must(p => p is null || p.Length <= MaxLength)
        .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.PasswordTooLong, MaxLength))
        .Must(p => p is null || !IsCommon(p))
        .WithMessage(_ => Messages.PasswordCommon)
        .Must((command, p) => p is null || userName(command) is not { Length: > 0 } name
            || !p.Normalize(System.Text.NormalizationForm.FormKC).Contains(UserName.Normalize(name), StringComparison.OrdinalIgnoreCase))
        .WithMessage(_ => Messages.PasswordContainsUserName);

    private static HashSet<string> LoadCommonPasswords()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var inList = false;
        while (reader.ReadLine() is { } line)
        {
            if (inList)
            {
                passwords.Add(line);
            }
            else
            {
                inList = line == ListSeparator;
            }
        }

        return passwords;
    }
}
