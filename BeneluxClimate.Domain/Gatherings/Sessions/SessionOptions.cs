namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>Session room limits (section "SessionRooms"); production defaults, listed in the README.</summary>
public sealed class SessionOptions
{
    public const string Section = "SessionRooms";

    /// <summary>The room shows at most this many questions (the most upvoted).</summary>
    public int QuestionLimit { get; set; } = 200;

    /// <summary>The room shows this many newest chat lines.</summary>
    public int ChatLimit { get; set; } = 100;

    /// <summary>A room holds at most this many polls.</summary>
    public int MaxPolls { get; set; } = 20;

    /// <summary>The summary lists this many top questions.</summary>
    public int SummaryTopQuestions { get; set; } = 5;
}
