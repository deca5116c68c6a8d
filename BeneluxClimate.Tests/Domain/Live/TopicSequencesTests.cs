using BeneluxClimate.Domain.Live;
using BeneluxClimate.Tests.Builders;

namespace BeneluxClimate.Tests.Domain.Live;

public class TopicSequencesTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    /// <summary>The database provider these tests run on; a derived class in Tests/Postgres runs them on PostgreSQL.</summary>
    protected virtual string Provider => "Sqlite";

    public async Task InitializeAsync() => database = await TestDatabase.CreateOnAsync(Provider);

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Concurrent_writers_get_every_number_exactly_once_without_gaps()
    {
        var writers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var taken = new List<long>();
            for (var i = 0; i < 50; i++)
            {
                taken.Add(await TakeAsync(LiveTopics.Directory, commit: true));
            }

            return taken;
        }));

        var numbers = (await Task.WhenAll(writers).Within(60)).SelectMany(n => n).Order().ToList();

        Assert.Equal(Enumerable.Range(1, 400).Select(i => (long)i), numbers);
        Assert.Equal(400, await database.QueryAsync(db => db.CurrentSequenceAsync(LiveTopics.Directory)));
    }

    [Fact]
    public async Task A_rolled_back_write_gives_its_number_back()
    {
        Assert.Equal(1, await TakeAsync(LiveTopics.Directory, commit: true));
        Assert.Equal(2, await TakeAsync(LiveTopics.Directory, commit: false));

        Assert.Equal(1, await database.QueryAsync(db => db.CurrentSequenceAsync(LiveTopics.Directory)));
        Assert.Equal(2, await TakeAsync(LiveTopics.Directory, commit: true));
    }

    [Fact]
    public async Task Topics_count_separately_and_an_unused_topic_is_at_zero()
    {
        await TakeAsync(LiveTopics.Directory, commit: true);
        await TakeAsync(LiveTopics.Directory, commit: true);

        Assert.Equal(1, await TakeAsync("proposal:42", commit: true));
        Assert.Equal(0, await database.QueryAsync(db => db.CurrentSequenceAsync("proposal:43")));
        Assert.Equal(2, await database.QueryAsync(db => db.CurrentSequenceAsync(LiveTopics.Directory)));
    }

    [Fact]
    public async Task A_number_is_only_handed_out_inside_a_transaction()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            database.QueryAsync(db => db.NextSequenceAsync(LiveTopics.Directory)));
    }

    private async Task<long> TakeAsync(string topic, bool commit)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var number = await db.NextSequenceAsync(topic);
        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }

        return number;
    }
}
