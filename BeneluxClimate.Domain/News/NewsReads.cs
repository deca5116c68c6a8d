using BeneluxClimate.Domain.Security;

namespace BeneluxClimate.Domain.News;

/// <summary>Who may write and see news.</summary>
public static class NewsReads
{
    /// <summary>Event hosts and admins write news.</summary>
    public static bool IsWriter(Actor actor) => actor.IsSignedIn && (actor.IsInRole(Roles.EventHost) || actor.IsAdmin);

    /// <summary>Everyone sees published posts; writers also see scheduled and withdrawn ones, moderators withdrawn ones.</summary>
    public static bool MaySee(Actor viewer, NewsPost post, DateTimeOffset now) =>
        post.IsPublicAt(now) || IsWriter(viewer) || (post.IsHidden && viewer.IsModerator);

    /// <summary>The author and admins edit a post.</summary>
    public static bool MayEdit(Actor actor, NewsPost post) =>
        IsWriter(actor) && (post.AuthorId == actor.UserId || actor.IsAdmin);

    public static NewsCard Card(NewsPost p, DateTimeOffset now) =>
        new(p.Id, p.Title, p.Summary, p.Language, p.PublishedAtUtc, p.UpdatedAtUtc, p.ViewCount, p.PublishedAtUtc > now, p.IsHidden);
}
