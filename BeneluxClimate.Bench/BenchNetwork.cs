using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Bench;

/// <summary>
/// A whole network to read from: members with organisations, published projects, and one cross-border proposal
/// with a discussion of distinct comments from several members.
/// </summary>
internal sealed record BenchNetwork(List<string> MemberIds, Actor Reader, int ProposalId)
{
    public static async Task<BenchNetwork> GenerateAsync(BenchDatabase database, BenchOptions options, CancellationToken ct)
    {
        var ids = await new DataGenerator(database.Contexts).GenerateAsync(options.Members, ct);
        await new ProjectGenerator(database.Contexts).GenerateAsync(options.Projects, ct);
        var writers = await DiscussionScenario.WritersAsync(database, ids, ct);
        var proposalId = await DiscussionScenario.ProposeAsync(database, writers[0], ct);
        var discussion = database.Services.GetRequiredService<DiscussionService>();
        for (var i = 0; i < options.Comments; i++)
        {
            var text = $"Comment {i + 1}: we could bring **{(i % 3 == 0 ? "our living lab in Gent" : "two researchers from Liège")}** to this, see https://example.org/bench/{i}.";
            var posted = await discussion.PostAsync(writers[(i % (writers.Count - 1)) + 1].Actor, proposalId, new CommentInput(Guid.NewGuid(), text), ct);
            if (!posted.Succeeded)
            {
                throw new InvalidOperationException($"Comment refused: {posted.Result.Refusal}");
            }
        }

        return new BenchNetwork(ids, writers[1].Actor, proposalId);
    }
}
