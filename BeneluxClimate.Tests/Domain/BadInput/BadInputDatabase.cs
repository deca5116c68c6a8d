using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Tests.Domain.BadInput;

/// <summary>
/// The demo data (things that belong to other members) plus one ordinary member who sends the bad input, with the
/// write limits raised so that a rate-limit refusal never hides what the input itself does.
/// </summary>
public sealed class BadInputDatabase : IAsyncLifetime
{
    private DataVersionWatch watcher = null!;

    public TestDatabase Database { get; private set; } = null!;

    public Actor Member { get; private set; } = null!;

    public IReadOnlyList<string> KnownUserIds { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(new()
        {
            ["Seed:DemoData"] = "true",
            ["RateLimits:WritesPerMemberPerMinute"] = "1000000",
        });
        var memberId = await Database.AddMemberAsync("Bad Input", "bad.input@example.org");
        Member = Actor.Member(memberId, Roles.Member);
        var others = await Database.QueryAsync(db => db.Users.Where(u => u.Id != memberId).Select(u => u.Id).Take(3).ToListAsync());
        KnownUserIds = [memberId, .. others];

        watcher = await DataVersionWatch.OpenAsync(Database);
    }

    /// <summary>Moves whenever the database is written to (see <see cref="DataVersionWatch"/>).</summary>
    public long DataVersion() => watcher.Current();

    public async Task DisposeAsync()
    {
        await watcher.DisposeAsync();
        await Database.DisposeAsync();
    }
}
