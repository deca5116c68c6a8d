using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Tests.Builders;

/// <summary>
/// SQLite's data version as seen from a connection of its own: it moves whenever any other connection commits, so an
/// unchanged value proves a call wrote nothing at all.
/// </summary>
public sealed class DataVersionWatch : IAsyncDisposable
{
    private readonly SqliteConnection connection;

    private DataVersionWatch(SqliteConnection connection) => this.connection = connection;

    public static async Task<DataVersionWatch> OpenAsync(TestDatabase database)
    {
        var connectionString = await database.QueryAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        return new DataVersionWatch(connection);
    }

    public long Current()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        return (long)command.ExecuteScalar()!;
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
