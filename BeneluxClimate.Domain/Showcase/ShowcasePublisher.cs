using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Persistence;

namespace BeneluxClimate.Domain.Showcase;

/// <summary>
/// How every project change reaches open screens: topic numbers taken inside the write transaction, then after the
/// commit the project page's content, the board's before-and-after card and the recounted impact figures.
/// </summary>
internal static class ShowcasePublisher
{
    /// <summary>Call inside the write transaction, after applying the change to <paramref name="project"/>.</summary>
    public static async Task<ShowcaseSequences> NextAsync(ClimateDbContext db, Project project, bool wasOnBoard, CancellationToken ct)
    {
        var projectSequence = await db.NextSequenceAsync(LiveTopics.Project(project.Id), ct);
        if (!wasOnBoard && !project.IsOnBoard)
        {
            return new(projectSequence, null, null);
        }

        return new(projectSequence, await db.NextSequenceAsync(LiveTopics.Board, ct), await db.NextSequenceAsync(LiveTopics.Impact, ct));
    }

    /// <summary>After the commit.</summary>
    public static async Task PublishAsync(
        ILiveBus bus, ImpactDashboard dashboard, ClimateDbContext db, Project project, ProjectCard? before, ShowcaseSequences sequences, DateTimeOffset now, CancellationToken ct)
    {
        var topic = LiveTopics.Project(project.Id);
        await bus.PublishAsync(ShowcaseReads.IsPublic(project)
            ? new LiveEvent(topic, sequences.Project, ShowcaseEvents.ProjectChanged, await ShowcaseReads.ViewAsync(db, project, ct), Audience.Public, now)
            : new LiveEvent(topic, sequences.Project, ShowcaseEvents.ProjectWithdrawn, project.Id, Audience.Public, now));

        if (sequences.Board is { } board)
        {
            var after = project.IsOnBoard ? await ShowcaseReads.CardAsync(db, project.Id, ct) : null;
            await bus.PublishAsync(new LiveEvent(LiveTopics.Board, board, ShowcaseEvents.BoardChanged, new BoardChange(before, after), Audience.Public, now));
        }

        if (sequences.Impact is { } impact)
        {
            var snapshot = await dashboard.CountAsync(db, impact, ct);
            dashboard.Remember(snapshot);
            await bus.PublishAsync(new LiveEvent(LiveTopics.Impact, impact, ShowcaseEvents.ImpactChanged, snapshot, Audience.Public, now));
        }
    }
}
