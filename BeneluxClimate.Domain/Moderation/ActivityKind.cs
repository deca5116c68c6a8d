namespace BeneluxClimate.Domain.Moderation;

/// <summary>The significant things that happen on the platform, as the situation room lists them.</summary>
public enum ActivityKind
{
    MemberJoined,
    MemberUpdated,
    OrganisationCreated,
    ProjectPublished,
    ProjectMoved,
    ProposalCreated,
    CommentPosted,
    CommentEdited,
    CommentDeleted,
    InterestExpressed,
    ReportFiled,
    ModerationActionTaken,
    RegistrationMade,
    QuestionAsked,
    ChatMessagePosted,
}
