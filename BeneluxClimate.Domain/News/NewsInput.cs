namespace BeneluxClimate.Domain.News;

/// <summary>What a host writes: a new post (with a client-generated <see cref="CreationId"/>) or an edit (with the <see cref="ExpectedVersion"/> it started from).</summary>
/// <param name="PublishAtUtc">When the post appears; null means now.</param>
public sealed record NewsInput(
    Guid CreationId,
    string Title,
    string Summary,
    string Body,
    string Language,
    DateTimeOffset? PublishAtUtc = null,
    Guid? ExpectedVersion = null);
