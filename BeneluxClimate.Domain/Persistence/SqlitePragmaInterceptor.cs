using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BeneluxClimate.Domain.Persistence;

/// <summary>
/// Per-connection SQLite settings: wait for a busy writer instead of failing, WAL-safe synchronous mode,
/// and enforced foreign keys. WAL itself is persistent and set once by the initializer.
/// </summary>
internal sealed class SqlitePragmaInterceptor(int busyTimeoutMs) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {busyTimeoutMs}; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
        command.ExecuteNonQuery();
    }
}
