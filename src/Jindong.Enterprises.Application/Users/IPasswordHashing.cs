namespace Jindong.Enterprises.Application.Users;

/// <summary>Hashes and checks passwords; the framework's hasher lives behind it in Infrastructure.</summary>
public interface IPasswordHashing
{
    string Hash(string password);

    PasswordCheck Verify(string hash, string password);
}

public enum PasswordCheck
{
    Failed,
    Succeeded,

    /// <summary>Correct, but hashed with older settings: store a new hash.</summary>
    SucceededRehashNeeded,
}
