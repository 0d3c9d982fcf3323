namespace Jindong.Enterprises.Domain.Enterprises;

/// <summary>企业状态 — whether the firm is still on the active list.</summary>
public enum EnterpriseStatus
{
    Active,
    MovedOut,
    Closed,
}
