namespace Jindong.Enterprises.Domain.Plans;

/// <summary>The compound yearly growth a firm needs to go from its output to a threshold in a number of years.</summary>
public static class RequiredGrowth
{
    /// <summary>(threshold / output)^(1 / years) − 1, to 4 places (0.1180 = 11.8 %); null when there is no year left or no output to grow.</summary>
    public static double? Rate(decimal threshold, decimal output, int years) =>
        years <= 0 || output <= 0 ? null : Math.Round(Math.Pow((double)(threshold / output), 1.0 / years) - 1, 4);
}
