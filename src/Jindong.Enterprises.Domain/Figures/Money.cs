namespace Jindong.Enterprises.Domain.Figures;

/// <summary>Money is entered and stored in 万元; 亿元 is for reading large amounts.</summary>
public static class Money
{
    /// <summary>1 亿元 = 10,000 万元.</summary>
    public const decimal WanPerYi = 10_000m;

    /// <summary>1 万元 = 10,000 元.</summary>
    public const decimal YuanPerWan = 10_000m;
}
