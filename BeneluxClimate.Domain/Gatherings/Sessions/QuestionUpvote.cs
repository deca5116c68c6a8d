namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>One attendee's upvote of one question (unique per question and member, enforced by the database).</summary>
public sealed class QuestionUpvote
{
    public long Id { get; private set; }
    public long QuestionId { get; set; }
    public string MemberId { get; set; } = "";
    public DateTimeOffset UpvotedAtUtc { get; set; }
}
