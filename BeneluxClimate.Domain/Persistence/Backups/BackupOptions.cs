namespace BeneluxClimate.Domain.Persistence.Backups;

/// <summary>Online backups of the SQLite database (section "Backup").</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>Where the admin action writes backups; relative paths are taken from the working directory.</summary>
    public string Folder { get; set; } = "backups";

    /// <summary>How many of the newest backups the admin page lists.</summary>
    public int Listed { get; set; } = 10;
}
