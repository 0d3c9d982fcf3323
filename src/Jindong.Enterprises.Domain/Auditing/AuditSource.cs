namespace Jindong.Enterprises.Domain.Auditing;

/// <summary>Where an audited change came from: typed by someone, read from a file, or decided in an annual review.</summary>
public enum AuditSource
{
    Manual,
    File,
    Review,
}
