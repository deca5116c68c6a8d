using BeneluxClimate.Domain.Partnerships;

namespace BeneluxClimate.Domain.News;

/// <summary>One post as its page shows it, with what the viewer may do.</summary>
public sealed record NewsDetails(
    int Id,
    string Title,
    string Summary,
    string BodyHtml,
    string Language,
    DateTimeOffset PublishedAtUtc,
    DateTimeOffset UpdatedAtUtc,
    MemberRef Author,
    int ViewCount,
    bool IsScheduled,
    bool IsHidden,
    bool ViewerMayEdit);
