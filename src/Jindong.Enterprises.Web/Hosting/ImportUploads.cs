using System.Text.Json;
using Jindong.Enterprises.Infrastructure.Persistence;

namespace Jindong.Enterprises.Web.Hosting;

/// <summary>Where uploads wait, how long a preview is kept, and how large an upload may be (configuration section "Uploads").</summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>The folder; default: "uploads" beside the SQLite file (the data folder), or under the app's content root on PostgreSQL.</summary>
    public string? Directory { get; set; }

    /// <summary>How long a previewed upload waits to be confirmed before it is deleted.</summary>
    public TimeSpan PreviewLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The largest upload accepted; a larger one is answered 413 with this limit.</summary>
    public long MaxBytes { get; set; } = 100L * 1024 * 1024;

    public string DirectoryFor(DatabaseOptions database, string contentRoot) => Directory is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.Combine(database.SqliteFile is { } file ? Path.GetDirectoryName(Path.GetFullPath(file))! : contentRoot, "uploads");
}

/// <summary>What a preview was of: the server keeps it with the upload, so the confirmation takes nothing from the form but the token.</summary>
public sealed record ImportPreview(string FileName, int Year, bool RegisterUnknown, string UserName, DateTimeOffset PreviewedAt);

/// <summary>
/// Uploaded import files between preview and confirmation, in a folder only the app's user can
/// read (0700, each file 0600), never under a shared /tmp. An upload is deleted when it is
/// confirmed or replaced, a refused one is replaced by its error report, and any left is purged once older than
/// <see cref="UploadOptions.PreviewLifetime"/> (at start, on every use, and by a timer).
/// </summary>
public sealed class ImportUploads
{
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly UploadOptions options;
    private readonly TimeProvider clock;

    public ImportUploads(UploadOptions options, DatabaseOptions database, IWebHostEnvironment environment, TimeProvider clock)
    {
        this.options = options;
        this.clock = clock;
        Directory = options.DirectoryFor(database, environment.ContentRootPath);
    }

    public string Directory { get; }

    /// <summary>Saves the upload with what it is a preview of; returns the token that names it.</summary>
    public async Task<string> SaveAsync(Stream content, ImportPreview preview, CancellationToken ct)
    {
        Prepare();
        var token = Guid.NewGuid().ToString("N");
        try
        {
            await using (var file = new FileStream(DataPath(token), Create()))
            {
                await content.CopyToAsync(file, ct);
            }

            await using (var meta = new FileStream(MetaPath(token), Create()))
            {
                await JsonSerializer.SerializeAsync(meta, preview, cancellationToken: ct);
            }

            Stamp(token);
        }
        catch
        {
            Delete(token);
            throw;
        }

        return token;
    }

    /// <summary>The preview <paramref name="token"/> names, when it is this user's and still kept; else null.</summary>
    public ImportPreview? Find(string? token, string userName) => Owned(token, userName, DataPath);

    /// <summary>
    /// Keeps a refused upload's error report in its place: the upload is deleted, the report waits for
    /// its user to download it until the preview lifetime purges it like any upload.
    /// </summary>
    public void ReplaceWithErrorReport(string token, Action<Stream> write)
    {
        File.Delete(DataPath(token));
        using var report = new FileStream(ErrorReportPath(token), Create());
        write(report);
    }

    /// <summary>The error report of the refused upload <paramref name="token"/> names, when it is this user's and still kept; else null.</summary>
    public FileStream? OpenErrorReport(string? token, string userName) =>
        Owned(token, userName, ErrorReportPath) is null ? null : new FileStream(ErrorReportPath(token!), System.IO.FileMode.Open, FileAccess.Read);

    /// <summary>What the token's upload was a preview of, when its file (<paramref name="pathOf"/>) is kept and it is this user's.</summary>
    private ImportPreview? Owned(string? token, string userName, Func<string, string> pathOf)
    {
        PurgeStale();
        if (!Guid.TryParseExact(token, "N", out _) || !File.Exists(pathOf(token!)) || !File.Exists(MetaPath(token!)))
        {
            return null;
        }

        var preview = JsonSerializer.Deserialize<ImportPreview>(File.ReadAllText(MetaPath(token!)));
        return preview is not null && string.Equals(preview.UserName, userName, StringComparison.Ordinal) ? preview : null;
    }

    public FileStream Open(string token) => new(DataPath(token), System.IO.FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    public void Delete(string? token)
    {
        if (Guid.TryParseExact(token, "N", out _))
        {
            File.Delete(DataPath(token!));
            File.Delete(ErrorReportPath(token!));
            File.Delete(MetaPath(token!));
        }
    }

    /// <summary>Deletes every upload older than the preview lifetime, by the app's clock.</summary>
    public void PurgeStale()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return;
        }

        var oldest = clock.GetUtcNow() - options.PreviewLifetime;
        foreach (var meta in System.IO.Directory.EnumerateFiles(Directory, "*.json"))
        {
            if (File.GetLastWriteTimeUtc(meta) <= oldest.UtcDateTime)
            {
                Delete(Path.GetFileNameWithoutExtension(meta));
            }
        }
    }

    /// <summary>The folder exists and is the app user's alone, whatever it was before.</summary>
    private void Prepare()
    {
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(Directory);
            return;
        }

        System.IO.Directory.CreateDirectory(Directory, FolderMode);
        File.SetUnixFileMode(Directory, FolderMode);
    }

    /// <summary>A new file only its owner can read.</summary>
    private static FileStreamOptions Create()
    {
        var create = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, BufferSize = 1 << 16 };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = FileMode;
        }

        return create;
    }

    private string DataPath(string token) => Path.Combine(Directory, token + ".upload");

    private string MetaPath(string token) => Path.Combine(Directory, token + ".json");

    private string ErrorReportPath(string token) => Path.Combine(Directory, token + ".errors.xlsx");

    /// <summary>Marks the upload as made now by the app's clock, so its age is measured as the app measures time.</summary>
    private void Stamp(string token)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        File.SetLastWriteTimeUtc(DataPath(token), now);
        File.SetLastWriteTimeUtc(MetaPath(token), now);
    }
}

/// <summary>Purges stale uploads at start and then every few minutes, so an idle server does not keep them either.</summary>
internal sealed class ImportUploadPurge(ImportUploads uploads, TimeProvider clock) : IHostedService, IDisposable
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    private ITimer? timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        uploads.PurgeStale();
        timer = clock.CreateTimer(_ => Purge(), null, Every, Every);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => timer?.DisposeAsync().AsTask() ?? Task.CompletedTask;

    public void Dispose() => timer?.Dispose();

    private void Purge()
    {
        try
        {
            uploads.PurgeStale();
        }
        catch (IOException exception)
        {
            Serilog.Log.Warning(exception, "Could not purge stale uploads in {Directory}", uploads.Directory);
        }
    }
}
