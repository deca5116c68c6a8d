using Microsoft.Data.Sqlite;

namespace BeneluxClimate.Domain.Persistence.Backups;

/// <summary>
/// Copies a live SQLite database with <c>VACUUM INTO</c>: one read transaction sees a consistent snapshot while
/// writers go on (WAL), and the copy is compact and complete on its own (no -wal file to carry along).
/// </summary>
public static class SqliteBackup
{
    public static async Task WriteAsync(string connectionString, string targetFile, CancellationToken ct = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(targetFile))!);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 30000; VACUUM INTO $target;";
        command.Parameters.AddWithValue("$target", Path.GetFullPath(targetFile));
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>"ok" when SQLite finds the file sound, else its first complaint.</summary>
    public static async Task<string> IntegrityAsync(string connectionString, CancellationToken ct = default)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string)(await command.ExecuteScalarAsync(ct))!;
    }
}
