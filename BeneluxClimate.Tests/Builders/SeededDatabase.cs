namespace BeneluxClimate.Tests.Builders;

/// <summary>One seeded database for the whole class: the tests only read it (seeding again must add nothing).</summary>
public class SeededDatabase : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    /// <summary>The database provider; <see cref="Postgres.PostgresSeededDatabase"/> seeds PostgreSQL instead.</summary>
    protected virtual string Provider => "Sqlite";

    public async Task InitializeAsync() => Database = await TestDatabase.CreateOnAsync(Provider, new() { ["Seed:DemoData"] = "true" });

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
