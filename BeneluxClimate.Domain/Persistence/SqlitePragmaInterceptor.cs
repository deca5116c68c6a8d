using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BeneluxClimate.Domain.Persistence;

/// <summary>
/// Per-connection SQLite settings: wait for a busy writer instead of failing, WAL-safe synchronous mode,
/// and enforced foreign keys. WAL itself is persistent and set once by the initializer. The settings last as long as
/// the native connection, which the pool keeps open across many opens: they are sent once per native connection, not
/// before every query.
/// </summary>
internal sealed class SqlitePragmaInterceptor(int busyTimeoutMs) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static readonly object Configured = new();
    private readonly ConditionalWeakTable<object, object> configured = new();

    private void Apply(DbConnection connection)
    {
        var handle = (connection as SqliteConnection)?.Handle;
        if (handle is not null && configured.TryGetValue(handle, out _))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {busyTimeoutMs}; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
        command.ExecuteNonQuery();
        if (handle is not null)
        {
            configured.AddOrUpdate(handle, Configured);
        }
    }
}
