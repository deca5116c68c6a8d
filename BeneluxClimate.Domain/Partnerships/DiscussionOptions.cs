namespace BeneluxClimate.Domain.Partnerships;

/// <summary>The discussion's limits (section "Discussion"); production defaults, listed in the README.</summary>
public sealed class DiscussionOptions
{
    public const string Section = "Discussion";

    /// <summary>A member posts at most one comment per this many seconds.</summary>
    public int CommentIntervalSeconds { get; set; } = 5;

    /// <summary>The interval for accounts younger than <see cref="NewAccountHours"/>.</summary>
    public int NewAccountCommentIntervalSeconds { get; set; } = 30;

    public int NewAccountHours { get; set; } = 24;

    /// <summary>The shortest time between one member's comments (and session chat lines), by the account's age.</summary>
    public TimeSpan IntervalFor(DateTimeOffset joinedAtUtc, DateTimeOffset now) =>
        TimeSpan.FromSeconds(now - joinedAtUtc < TimeSpan.FromHours(NewAccountHours) ? NewAccountCommentIntervalSeconds : CommentIntervalSeconds);

    /// <summary>The same text from the same member is refused within this many minutes.</summary>
    public int DuplicateWindowMinutes { get; set; } = 5;

    /// <summary>Authors edit their comments within this many minutes of posting.</summary>
    public int EditWindowMinutes { get; set; } = 15;

    /// <summary>A discussion page shows at most this many comments (newest kept); older ones page in.</summary>
    public int ThreadLimit { get; set; } = 500;
}
