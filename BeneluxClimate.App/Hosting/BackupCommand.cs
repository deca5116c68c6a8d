using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Persistence.Backups;

namespace BeneluxClimate.App.Hosting;

/// <summary>
/// <c>BeneluxClimate.App backup FILE [settings]</c>: writes an online backup of the configured SQLite database to FILE,
/// while the app may be running on it, and exits. Settings are read as the app reads them (appsettings, environment,
/// <c>--key=value</c>).
/// </summary>
internal static class BackupCommand
{
    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args is not ["backup", ..])
        {
            return null;
        }

        if (args is not ["backup", var target, .. var settings])
        {
            Console.Error.WriteLine("Usage: BeneluxClimate.App backup FILE [--ConnectionStrings:Climate=...]");
            return 2;
        }

        var configuration = WebApplication.CreateBuilder(settings).Configuration;
        if ((configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new()).Provider != "Sqlite")
        {
            Console.Error.WriteLine("This database is PostgreSQL: back it up with pg_dump (see the README).");
            return 2;
        }

        var file = Path.GetFullPath(target);
        if (File.Exists(file))
        {
            Console.Error.WriteLine($"{file} exists already; choose a new file.");
            return 2;
        }

        var connectionString = configuration.GetConnectionString("Climate") ?? "Data Source=climate.db";
        await SqliteBackup.WriteAsync(connectionString, file);
        var integrity = await SqliteBackup.IntegrityAsync($"Data Source={file};Mode=ReadOnly");
        Console.WriteLine($"Backup written to {file} ({new FileInfo(file).Length / 1024} KiB, integrity {integrity}).");
        return integrity == "ok" ? 0 : 1;
    }
}
