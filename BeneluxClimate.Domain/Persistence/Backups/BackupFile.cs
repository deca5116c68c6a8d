namespace BeneluxClimate.Domain.Persistence.Backups;

/// <summary>One backup on disk, as the admin page lists it.</summary>
public sealed record BackupFile(string Name, long Bytes, DateTimeOffset WrittenAtUtc);
