using System.Diagnostics;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Showcase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Bench;

/// <summary>
/// An editor moves a project while N boards are open: the time until every board has the change, and the database
/// commands run meanwhile (the writer's own — the same for 1 board as for 1,000, since a push needs no query).
/// </summary>
internal static class BoardFanOut
{
    private const int Warmup = 5;

    public static async Task<BenchResult> MeasureAsync(BenchDatabase database, int boards, BenchOptions options, CancellationToken ct)
    {
        var (projectId, editor) = await EditorAsync(database, ct);
        var projects = database.Services.GetRequiredService<ProjectService>();
        var bus = database.Services.GetRequiredService<ILiveBus>();
        var filters = new BoardQuery();
        var pending = 0;
        var allArrived = new TaskCompletionSource();
        var subscriptions = Enumerable.Range(0, boards).Select(_ => bus.Subscribe(LiveTopics.Board, e =>
        {
            // What an open board does with a change: match it against its filters; no query.
            if (e.Payload is BoardChange { After: { } after } && filters.Matches(after) && Interlocked.Decrement(ref pending) == 0)
            {
                allArrived.TrySetResult();
            }

            return Task.CompletedTask;
        }, () => Task.CompletedTask)).ToList();

        var commands = new List<int>();
        var stages = Enum.GetValues<ProjectStage>();
        var step = 0;
        var stats = await LatencyStats.MeasureAsync(Warmup, Math.Min(options.Iterations, 50), async () =>
        {
            allArrived = new TaskCompletionSource();
            Volatile.Write(ref pending, boards);
            database.Commands.Reset();
            var moved = await projects.MoveAsync(editor, projectId, stages[++step % stages.Length], ct);
            if (!moved.Succeeded)
            {
                throw new InvalidOperationException($"Move refused: {moved.Refusal}");
            }

            await allArrived.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
            commands.Add(database.Commands.Count);
        });
        subscriptions.ForEach(s => s.Dispose());
        return new BenchResult($"board-fanout-{boards}", options.Projects, stats, commands.TakeLast(Math.Min(options.Iterations, 50)).Average(),
            $"MoveAsync until {boards:N0} open boards have the change; q/call = all commands meanwhile");
    }

    private static async Task<(int ProjectId, Actor Editor)> EditorAsync(BenchDatabase database, CancellationToken ct)
    {
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        var project = await db.Projects.AsNoTracking().Where(p => p.Status == ProjectStatus.Published)
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.CreatedByUserId }).FirstAsync(ct);
        return (project.Id, Actor.Member(project.CreatedByUserId, Roles.Member));
    }
}
