using System.Collections.Concurrent;
using System.Diagnostics;
using BeneluxClimate.App.Live;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace BeneluxClimate.Tests.Integration;

/// <summary>
/// Members post to one proposal at once, some sends retried, while three live viewers follow the discussion the way
/// pages do: every acknowledged comment is stored once and every viewer shows each once, in order; no write fails.
/// The minute-long runs (32 and 128 writers) are proofs for docs/reliability.md and run from ./prove.sh.
/// </summary>
public sealed class DiscussionConcurrencyTests(ITestOutputHelper output) : IAsyncLifetime
{
    private TestDatabase database = null!;

    // The load's limits, set through configuration as an operator would: no pause between one member's comments.
    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(new()
    {
        ["Discussion:CommentIntervalSeconds"] = "0",
        ["Discussion:ThreadLimit"] = "1000000",
    });

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public Task Thirty_two_members_posting_for_fifteen_seconds_lose_nothing() => PostAndCheckAsync(32, TimeSpan.FromSeconds(15));

    [Fact, Trait("Category", "Long")]
    public Task Thirty_two_members_posting_for_a_minute_lose_nothing() => PostAndCheckAsync(32, TimeSpan.FromMinutes(1));

    [Fact, Trait("Category", "Long")]
    public Task A_hundred_and_twenty_eight_members_posting_for_a_minute_lose_nothing() => PostAndCheckAsync(128, TimeSpan.FromMinutes(1));

    private async Task PostAndCheckAsync(int writers, TimeSpan duration)
    {
        var members = new List<Actor>();
        for (var i = 0; i < writers; i++)
        {
            var actor = Actor.Member(await database.AddMemberAsync($"Writer {i:000}", $"writer{i}@example.test"), Roles.Member);
            Assert.True((await database.Get<MemberProfiles>().SaveAsync(actor, ProfileInputs.Valid($"Writer {i:000}") with { CountryCode = i % 2 == 0 ? "BE" : "NL", RegionCode = i % 2 == 0 ? "BE-VAN" : "NL-ZE" })).Succeeded);
            members.Add(actor);
        }

        var proposal = await database.Get<ProposalService>().CreateAsync(members[0], ProposalInputs.Valid());
        var proposalId = proposal.ProposalId!.Value;
        var viewers = Enumerable.Range(0, 3).Select(_ => new Viewer(database.Get<DiscussionService>(), proposalId)).ToList();
        foreach (var viewer in viewers)
        {
            await viewer.StartAsync(database.Get<ILiveBus>());
        }

        var acknowledged = new ConcurrentDictionary<long, Guid>();
        var failures = new ConcurrentQueue<string>();
        var writeTimes = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(members.Select((member, w) => Task.Run(async () =>
        {
            var discussion = database.Get<DiscussionService>();
            for (var n = 0; clock.Elapsed < duration; n++)
            {
                var input = new CommentInput(Guid.NewGuid(), $"Writer {w} comment {n}");
                var sends = n % 5 == 0 ? 2 : 1; // every fifth send is retried, as after a dropped connection
                for (var s = 0; s < sends; s++)
                {
                    var started = Stopwatch.GetTimestamp();
                    var posted = await discussion.PostAsync(member, proposalId, input);
                    writeTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (!posted.Succeeded)
                    {
                        failures.Enqueue($"{input.Body}: {posted.Result.Refusal}");
                    }
                    else if (acknowledged.GetOrAdd(posted.Comment!.Id, input.ClientId) != input.ClientId)
                    {
                        failures.Enqueue($"{input.Body}: id {posted.Comment.Id} answered for two sends");
                    }
                }
            }
        })));

        var times = writeTimes.Order().ToList();
        output.WriteLine($"{{\"scenario\":\"concurrent-comments\",\"writers\":{writers},\"seconds\":{duration.TotalSeconds},\"writes\":{times.Count}," +
            $"\"acknowledged\":{acknowledged.Count},\"errors\":{failures.Count},\"p50_ms\":{Percentile(times, 0.50):F1},\"p99_ms\":{Percentile(times, 0.99):F1}}}");
        Assert.Empty(failures);
        var stored = await database.QueryAsync(db => db.Comments.Where(c => c.ProposalId == proposalId).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());
        Assert.True(acknowledged.Count > writers * 5, $"only {acknowledged.Count} comments were posted");
        Assert.Equal(acknowledged.Keys.Order(), stored);
        foreach (var viewer in viewers)
        {
            await viewer.WaitUntilShownAsync(stored.Count, TimeSpan.FromSeconds(30));
            Assert.Equal(stored, viewer.Shown);
            viewer.Dispose();
        }
    }

    private static double Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];

    /// <summary>A page's discussion view: applies pushed comments through LiveTopicView, reloads from the database on a gap.</summary>
    private sealed class Viewer(DiscussionService discussion, int proposalId) : IDisposable
    {
        private readonly SemaphoreSlim circuit = new(1, 1);
        private readonly List<long> shown = [];
        private LiveTopicView? view;

        public IReadOnlyList<long> Shown
        {
            get
            {
                lock (shown)
                {
                    return [.. shown];
                }
            }
        }

        public Task StartAsync(ILiveBus bus)
        {
            view = new LiveTopicView(bus, LiveTopics.Proposal(proposalId), Actor.Anonymous, ApplyAsync, ReloadAsync, InvokeAsync);
            return view.StartAsync();
        }

        public async Task WaitUntilShownAsync(int count, TimeSpan timeout)
        {
            var clock = Stopwatch.StartNew();
            while (Shown.Count < count && clock.Elapsed < timeout)
            {
                await Task.Delay(50);
            }
        }

        public void Dispose() => view?.Dispose();

        private Task ApplyAsync(LiveEvent e)
        {
            // A reload may already hold comments of events that follow it, so applying is idempotent, as on the page.
            if (e.Payload is CommentView comment && e.Kind == ProposalEvents.CommentPosted)
            {
                lock (shown)
                {
                    if (!shown.Contains(comment.Id))
                    {
                        shown.Add(comment.Id);
                    }
                }
            }

            return Task.CompletedTask;
        }

        private async Task<long> ReloadAsync()
        {
            var thread = (await discussion.ThreadAsync(Actor.Anonymous, proposalId)).Value!;
            lock (shown)
            {
                shown.Clear();
                shown.AddRange(thread.Comments.Select(c => c.Id));
            }

            return thread.Sequence;
        }

        private async Task InvokeAsync(Func<Task> work)
        {
            await circuit.WaitAsync();
            try
            {
                await work();
            }
            finally
            {
                circuit.Release();
            }
        }
    }
}
