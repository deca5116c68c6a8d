using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Showcase;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Bench;

/// <summary>
/// The hot reads the pages make, each as the app calls it and as the SQL it sends run bare: a pooled connection, the
/// same commands with the same parameters, every row read. Built once on a generated database before the benchmarks run.
/// </summary>
internal sealed class MicroWorkload(BenchDatabase database, BenchNetwork network)
{
    public static MicroWorkload? Current { get; set; }

    private static readonly DirectoryQuery TwoFilters = new(Country: "BE", Theme: BeneluxClimate.Domain.Common.Theme.Water);

    private MemberDirectory directory = database.Services.GetRequiredService<MemberDirectory>();
    private ProjectBoard board = database.Services.GetRequiredService<ProjectBoard>();
    private ProposalDirectory proposals = database.Services.GetRequiredService<ProposalDirectory>();
    private DiscussionService discussion = database.Services.GetRequiredService<DiscussionService>();
    private readonly Dictionary<string, IReadOnlyList<RecordedCommand>> recorded = [];

    public IReadOnlyDictionary<string, IReadOnlyList<RecordedCommand>> Recorded => recorded;

    /// <summary>A member searching the directory for Water in Belgium (counts of this directory sequence cached, as between changes).</summary>
    public async Task DirectorySearchAsync() =>
        _ = (await directory.SearchAsync(network.Reader, TwoFilters)).Value ?? throw new InvalidOperationException("Search refused.");

    /// <summary>A visitor opening the project board without filters.</summary>
    public async Task ProjectBoardAsync() =>
        _ = (await board.LoadAsync(Actor.Anonymous, new BoardQuery())).Value ?? throw new InvalidOperationException("Board refused.");

    /// <summary>What a signed-in member's proposal page reads: the topic's sequence, the proposal, the thread and their own reactions.</summary>
    public async Task ProposalPageAsync()
    {
        _ = (await proposals.GetWithSequenceAsync(network.Reader, network.ProposalId)).Details.Value ?? throw new InvalidOperationException("Proposal refused.");
        var thread = (await discussion.ThreadAsync(network.Reader, network.ProposalId)).Value ?? throw new InvalidOperationException("Thread refused.");
        await discussion.ReactionsOfAsync(network.Reader, thread.Comments.Select(c => c.Id).ToList());
    }

    /// <summary>
    /// Runs each read a few times, then records the SQL of one more run as its bare baseline; afterwards the reads run on
    /// services without the command timer, as in the app.
    /// </summary>
    public async Task RecordAsync()
    {
        foreach (var (subject, read) in new (string, Func<Task>)[] { ("directory-search", DirectorySearchAsync), ("project-board", ProjectBoardAsync), ("proposal-page", ProposalPageAsync) })
        {
            for (var i = 0; i < 5; i++)
            {
                await read();
            }

            database.Commands.Recorded.Clear();
            database.Commands.Recording = true;
            await read();
            database.Commands.Recording = false;
            recorded[subject] = [.. database.Commands.Recorded];
        }

        var untimed = database.UntimedServices;
        (directory, board, proposals, discussion) = (untimed.GetRequiredService<MemberDirectory>(), untimed.GetRequiredService<ProjectBoard>(),
            untimed.GetRequiredService<ProposalDirectory>(), untimed.GetRequiredService<DiscussionService>());
    }

    /// <summary>The recorded SQL of one read on a pooled connection, every row read into its values.</summary>
    public long RunBare(string subject)
    {
        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        long rows = 0;
        foreach (var recordedCommand in recorded[subject])
        {
            using var command = connection.CreateCommand();
            command.CommandText = recordedCommand.Sql;
            foreach (var (name, value) in recordedCommand.Parameters)
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            using var reader = command.ExecuteReader();
            var values = new object[reader.FieldCount];
            while (reader.Read())
            {
                reader.GetValues(values);
                rows++;
            }
        }

        return rows;
    }
}
