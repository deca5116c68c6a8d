namespace BeneluxClimate.Tests.Builders;

/// <summary>One seeded database for the whole class: the tests only read it (seeding again must add nothing).</summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync() => Database = await TestDatabase.CreateAsync(new() { ["Seed:DemoData"] = "true" });

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
