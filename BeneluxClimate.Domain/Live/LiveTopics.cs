namespace BeneluxClimate.Domain.Live;

/// <summary>Topic names, so publishers and viewers agree on them.</summary>
public static class LiveTopics
{
    /// <summary>Directory changes anonymous visitors may see: public cards, and members who became members-only.</summary>
    public const string Directory = "directory";

    /// <summary>Every directory change, for signed-in members.</summary>
    public const string DirectoryForMembers = "directory:members";

    /// <summary>The showcase board: published projects appearing, changing, moving and leaving.</summary>
    public const string Board = "board:projects";

    /// <summary>The impact dashboard's figures, recounted after every change to the board.</summary>
    public const string Impact = "showcase:impact";

    /// <summary>One project's page.</summary>
    public static string Project(int id) => $"project:{id}";

    /// <summary>Proposals appearing and changing, for open proposal lists.</summary>
    public const string Proposals = "proposals";

    /// <summary>One proposal's page: its content, discussion, reactions, interests and status.</summary>
    public static string Proposal(int id) => $"proposal:{id}";

    /// <summary>The proposal a topic is about, or null when it is not a proposal's topic.</summary>
    public static int? ProposalIdOf(string topic) =>
        topic.StartsWith("proposal:", StringComparison.Ordinal)
        && int.TryParse(topic.AsSpan("proposal:".Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id : null;

    /// <summary>The moderators' activity feed.</summary>
    public const string ModerationFeed = "feed:moderation";

    /// <summary>Open reports and moderation actions, for the moderators' queue and their app-bar badge.</summary>
    public const string ModerationQueue = "moderation:queue";

    /// <summary>One member's notifications.</summary>
    public static string Notifications(string userId) => $"notifications:{userId}";

    /// <summary>Events appearing, changing and filling up, for open event lists and calendars.</summary>
    public const string Events = "events";

    /// <summary>One event's page: its details, seats left and room state.</summary>
    public static string Event(int id) => $"event:{id}";

    /// <summary>One event's live session room: attendees, questions, polls and chat.</summary>
    public static string Session(int id) => $"session:{id}";

    /// <summary>News posts appearing, changing and being read (view counts), for open news lists and pages.</summary>
    public const string News = "news";
}
