namespace BeneluxClimate.Tests.Domain.Security.Authorization;

/// <summary>What the scenario holds, by id: see <see cref="ScenarioSeed"/> for who owns what.</summary>
public sealed record ScenarioIds(
    IReadOnlyDictionary<AuthorizationRole, string> Users,
    string Applicant,
    int Organisation,
    long PendingMembership,
    int Proposal,
    int HiddenProposal,
    long Comment,
    long Interest,
    long HiddenComment,
    long HiddenCommentAction,
    long Appeal,
    int DraftProject,
    int PublishedProject,
    int Gathering,
    int UnopenedGathering,
    int HiddenGathering,
    long Question,
    long ChatMessage,
    long DraftPoll,
    long OpenPoll,
    long OpenPollOption,
    int News,
    int ScheduledNews);
