namespace Jindong.Enterprises.Domain.Enterprises;

/// <summary>Limits shared by the validators and the database columns.</summary>
public static class EnterpriseName
{
    public const int MaxLength = 200;
}

/// <summary>Limits of free-text reasons given for changes.</summary>
public static class Reason
{
    public const int MaxLength = 500;
}
