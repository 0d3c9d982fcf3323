namespace Jindong.Enterprises.Infrastructure.Persistence;

/// <summary>
/// The one row whose <see cref="Version"/> every write transaction raises (TransactionBehavior,
/// the seeder, a restore). Whatever is cached from the registry — dashboard, counts, reference
/// data — is cached with the version it was read at and holds only while the database still says
/// that version, so every web server in front of one database sees a change at once.
/// </summary>
internal sealed class RegistryVersionRow
{
    public const int SingleId = 1;

    public int Id { get; private set; }

    public long Version { get; private set; }
}
