using System.Collections.Concurrent;
using System.Net.Http.Json;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Bench;

/// <summary>
/// What the live scenarios watch: generated members, one cross-border proposal with some comments, and more comments
/// posted by those members through an app node's <c>/bench/comment</c> (DiscussionService inside the app).
/// </summary>
internal sealed class BenchDiscussion
{
    private readonly List<(Actor Actor, string Country)> writers;
    private int written;

    private BenchDiscussion(List<(Actor Actor, string Country)> writers, int proposalId)
    {
        this.writers = writers;
        ProposalId = proposalId;
    }

    public int ProposalId { get; }

    public string ProposalPath => $"proposals/{ProposalId}";

    /// <summary>How long DiscussionService.PostAsync took inside the app, per comment posted, in the order they returned.</summary>
    public ConcurrentQueue<double> ServiceTimes { get; } = [];

    public static async Task<BenchDiscussion> GenerateAsync(BenchDatabase database, int members, int comments, CancellationToken ct)
    {
        var ids = await new DataGenerator(database.Contexts).GenerateAsync(members, ct);
        var writers = await DiscussionScenario.WritersAsync(database, ids, ct);
        var proposalId = await DiscussionScenario.ProposeAsync(database, writers[0], ct);
        var discussion = database.Services.GetRequiredService<DiscussionService>();
        for (var i = 0; i < comments; i++)
        {
            var writer = writers[(i + 1) % writers.Count].Actor;
            var posted = await discussion.PostAsync(writer, proposalId, new CommentInput(Guid.NewGuid(),
                $"Comment {i + 1}: in Liège we measured the **river levels** every week; Gent shares its sensors. {Guid.NewGuid():N}"), ct);
            if (!posted.Succeeded)
            {
                throw new InvalidOperationException($"Comment refused: {posted.Result.Refusal}");
            }
        }

        return new BenchDiscussion(writers, proposalId);
    }

    /// <summary>A comment by the next bench member, posted on the app node at <paramref name="node"/>.</summary>
    public async Task PostAsync(HttpClient http, Uri node, string body, CancellationToken ct)
    {
        var writer = writers[Interlocked.Increment(ref written) % writers.Count].Actor;
        using var response = await http.PostAsJsonAsync(new Uri(node, "bench/comment"), new { proposalId = ProposalId, userId = writer.UserId, body }, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /bench/comment answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        }

        var posted = await response.Content.ReadFromJsonAsync<PostedComment>(ct);
        ServiceTimes.Enqueue(posted!.ServiceMs);
    }

    private sealed record PostedComment(long Id, double ServiceMs);
}
