namespace Jindong.Enterprises.Cli.Output;

/// <summary>What scripts can rely on.</summary>
internal static class ExitCodes
{
    public const int Done = 0;
    public const int Unexpected = 1;
    public const int InvalidInput = 2;
}
