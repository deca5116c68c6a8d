using System.Globalization;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.Domain.Persistence.Backups;

/// <summary>
/// The admins' backup action: an online copy of the SQLite database into the backup folder, one at a time. On
/// PostgreSQL there is nothing to take here (pg_dump is the tool; see the README).
/// </summary>
public sealed class DatabaseBackups(IDbContextFactory<ClimateDbContext> contexts, Commands commands, IOptions<BackupOptions> options, TimeProvider time,
    ILogger<DatabaseBackups> logger)
{
    /// <summary>A backup asked for this soon after the last one is a second click, not a second backup.</summary>
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(3);

    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private DateTimeOffset lastWrittenUtc = DateTimeOffset.MinValue;

    private string Folder => Path.GetFullPath(options.Value.Folder);

    /// <summary>Whether this database can be backed up from the app (SQLite) at all.</summary>
    public async Task<bool> IsAvailableAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return db.Database.IsSqlite();
    }

    public async Task<Result<BackupFile>> TakeAsync(Actor actor, CancellationToken ct = default)
    {
        await using var command = await commands.BeginAsync(actor, ct);
        if (command.Refused is { } standing)
        {
            return Result<BackupFile>.Refused(standing);
        }

        actor = command.Actor;
        var db = command.Db;

        if (Refusal(actor) is { } refusal)
        {
            return Result<BackupFile>.Refused(refusal);
        }

        if (!await oneAtATime.WaitAsync(0, ct))
        {
            return Result<BackupFile>.Refused(Common.Refusal.Conflict); // one is being written (a second click)
        }

        try
        {
            if (!db.Database.IsSqlite())
            {
                return Result<BackupFile>.Refused(Common.Refusal.InvalidInput);
            }

            var now = time.GetUtcNow();
            var file = Path.Combine(Folder, $"climate-{now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.db");
            if (now - lastWrittenUtc < Spacing || File.Exists(file))
            {
                return Result<BackupFile>.Refused(Common.Refusal.Conflict); // one was just written (a second click after the first finished)
            }

            await SqliteBackup.WriteAsync(db.Database.GetConnectionString()!, file, ct);
            lastWrittenUtc = time.GetUtcNow();
            logger.LogInformation("Backup {File} written by {UserId}.", file, actor.UserId);
            return Result<BackupFile>.Ok(Describe(new FileInfo(file)));
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    public Result<IReadOnlyList<BackupFile>> Recent(Actor actor)
    {
        if (Refusal(actor) is { } refusal)
        {
            return Result<IReadOnlyList<BackupFile>>.Refused(refusal);
        }

        var folder = new DirectoryInfo(Folder);
        IReadOnlyList<BackupFile> files = folder.Exists
            ? [.. folder.EnumerateFiles("climate-*.db").OrderByDescending(f => f.Name, StringComparer.Ordinal).Take(options.Value.Listed).Select(Describe)]
            : [];
        return Result<IReadOnlyList<BackupFile>>.Ok(files);
    }

    private static Refusal? Refusal(Actor actor) =>
        !actor.IsSignedIn ? Common.Refusal.NotSignedIn : !actor.IsAdmin ? Common.Refusal.Forbidden : null;

    private static BackupFile Describe(FileInfo file) => new(file.Name, file.Length, file.LastWriteTimeUtc);
}
