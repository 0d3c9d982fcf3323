namespace Jindong.Enterprises.Domain.Figures;

/// <summary>How a year's figures reached the registry.</summary>
public enum FiguresSource
{
    Manual,
    Import,
}
