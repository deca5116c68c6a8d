using System.Collections.Concurrent;
using System.Diagnostics;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Bench;

/// <summary>
/// Members post comments to one proposal while N discussion views are open on it: the time from posting until every
/// view holds the comment, and every database command run meanwhile (the writer's own, whatever N is).
/// </summary>
internal static class DiscussionScenario
{
    private const int Warmup = 5;

    public static async Task<List<BenchResult>> RunAsync(BenchOptions options, CancellationToken ct)
    {
        await using var database = await BenchDatabase.CreateAsync(ct);
        var ids = await new DataGenerator(database.Contexts).GenerateAsync(options.Members, ct);
        var writers = await WritersAsync(database, ids, ct);
        var proposalId = await ProposeAsync(database, writers[0], ct);
        Console.WriteLine($"Generated {options.Members:N0} members and a proposal ({database.FilePath})");
        return
        [
            await MeasureAsync(database, proposalId, writers, 1, options, ct),
            await MeasureAsync(database, proposalId, writers, options.Viewers, options, ct),
        ];
    }

    private static async Task<BenchResult> MeasureAsync(BenchDatabase database, int proposalId, List<(Actor Actor, string Country)> writers, int views, BenchOptions options, CancellationToken ct)
    {
        var discussion = database.Services.GetRequiredService<DiscussionService>();
        var bus = database.Services.GetRequiredService<ILiveBus>();
        var pending = 0;
        long awaited = 0;
        var allHaveIt = new TaskCompletionSource();
        var shown = Enumerable.Range(0, views).Select(_ => new ConcurrentDictionary<long, CommentView>()).ToList();
        var subscriptions = shown.Select(view => bus.Subscribe(LiveTopics.Proposal(proposalId), e =>
        {
            // What an open discussion does with a pushed comment: keep it by id (idempotent); no query.
            if (e.Payload is CommentView comment && view.TryAdd(comment.Id, comment) && comment.Id == Interlocked.Read(ref awaited)
                && Interlocked.Decrement(ref pending) == 0)
            {
                allHaveIt.TrySetResult();
            }

            return Task.CompletedTask;
        }, () => Task.CompletedTask)).ToList();

        var commands = new List<int>();
        var n = 0;
        var iterations = Math.Min(options.Iterations, 100);
        var stats = await LatencyStats.MeasureAsync(Warmup, iterations, async () =>
        {
            allHaveIt = new TaskCompletionSource();
            Volatile.Write(ref pending, views);
            database.Commands.Reset();
            var writer = writers[n++ % writers.Count].Actor;
            var clientId = Guid.NewGuid();
            // The comment id is known only once stored; views that got it before then are counted when it is set.
            var posting = discussion.PostAsync(writer, proposalId, new CommentInput(clientId, $"Comment {n} for the benchmark, {clientId:N}"), ct);
            var posted = await posting;
            if (!posted.Succeeded)
            {
                throw new InvalidOperationException($"Post refused: {posted.Result.Refusal}");
            }

            Interlocked.Exchange(ref awaited, posted.Comment!.Id);
            var early = shown.Count(v => v.ContainsKey(posted.Comment.Id));
            if (Interlocked.Add(ref pending, -early) == 0)
            {
                allHaveIt.TrySetResult();
            }

            await allHaveIt.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
            commands.Add(database.Commands.Count);
        });
        subscriptions.ForEach(s => s.Dispose());
        return new BenchResult($"comment-to-{views}-views", options.Members, stats, commands.TakeLast(iterations).Average(),
            $"PostAsync until {views:N0} open views hold the comment; q/call = all commands meanwhile");
    }

    internal static async Task<List<(Actor Actor, string Country)>> WritersAsync(BenchDatabase database, List<string> ids, CancellationToken ct)
    {
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        var some = ids.Take(50).ToList();
        var profiles = await db.MemberProfiles.AsNoTracking().Where(p => some.Contains(p.UserId) && p.OnboardedAtUtc != null)
            .Select(p => new { p.UserId, p.CountryCode }).ToListAsync(ct);
        return profiles.Select(p => (Actor.Member(p.UserId, Roles.Member), p.CountryCode)).ToList();
    }

    internal static async Task<int> ProposeAsync(BenchDatabase database, (Actor Actor, string Country) author, CancellationToken ct)
    {
        var other = author.Country == "NL" ? "BE" : "NL";
        var created = await database.Services.GetRequiredService<ProposalService>().CreateAsync(author.Actor, new ProposalInput(
            Guid.NewGuid(), "Benchmark proposal", "A proposal many people watch.", "", "", "", [ActorType.Research], [other],
            [Theme.Water], [author.Country, other], null, null), ct);
        return created.ProposalId ?? throw new InvalidOperationException($"Proposal refused: {created.Result.Refusal}");
    }
}
