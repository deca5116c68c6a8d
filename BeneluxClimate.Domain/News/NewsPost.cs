namespace BeneluxClimate.Domain.News;

/// <summary>
/// A news post of the Secretariat, written by an event host or an admin. The Markdown body is rendered once, at
/// write, to <see cref="BodyHtml"/>. A post dated in the future is seen only by hosts and admins until then; a
/// withdrawn post (<see cref="IsHidden"/>) leaves the lists and public view.
/// </summary>
public sealed class NewsPost
{
    public const int TitleMaxLength = 140;
    public const int SummaryMaxLength = 400;
    public const int BodyMaxLength = 20_000;

    public int Id { get; private set; }
    public Guid CreationId { get; set; }
    public string AuthorId { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";
    public string BodyHtml { get; set; } = "";

    /// <summary>The post's language (ISO 639-1, see <see cref="Common.SpokenLanguages"/>).</summary>
    public string Language { get; set; } = "en";

    /// <summary>When the post appears for everyone (UTC).</summary>
    public DateTimeOffset PublishedAtUtc { get; set; }

    /// <summary>Distinct visitors per day, kept on the row by <see cref="NewsDirectory.RecordViewAsync"/>.</summary>
    public int ViewCount { get; set; }

    public bool IsHidden { get; set; }
    public DateTimeOffset CreatedAtUtc { get; set; }
    public DateTimeOffset UpdatedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsPublicAt(DateTimeOffset now) => !IsHidden && PublishedAtUtc <= now;
}
