using BeneluxClimate.Domain.Gatherings;
using BeneluxClimate.Domain.Gatherings.Sessions;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.News;
using BeneluxClimate.Domain.Notifications;
using BeneluxClimate.Domain.Organisations;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Showcase;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Persistence;

/// <summary>
/// The platform's database, provider-neutral. Each provider has a subclass that owns its own migrations
/// (migrations are per provider); services depend on this type only.
/// </summary>
public abstract class ClimateDbContext(DbContextOptions options) : IdentityDbContext<ClimateUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<RoleChange> RoleChanges => Set<RoleChange>();

    public DbSet<MemberProfile> MemberProfiles => Set<MemberProfile>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<OrganisationMembership> OrganisationMemberships => Set<OrganisationMembership>();

    public DbSet<TopicSequence> TopicSequences => Set<TopicSequence>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ProjectFollower> ProjectFollowers => Set<ProjectFollower>();

    public DbSet<Proposal> Proposals => Set<Proposal>();

    public DbSet<ProposalFollower> ProposalFollowers => Set<ProposalFollower>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<CommentRevision> CommentRevisions => Set<CommentRevision>();

    public DbSet<CommentReaction> CommentReactions => Set<CommentReaction>();

    public DbSet<Interest> Interests => Set<Interest>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<NotificationSettings> NotificationSettings => Set<NotificationSettings>();

    public DbSet<Report> Reports => Set<Report>();

    public DbSet<ModerationAction> ModerationActions => Set<ModerationAction>();

    public DbSet<Appeal> Appeals => Set<Appeal>();

    public DbSet<ActivityEntry> ActivityEntries => Set<ActivityEntry>();

    public DbSet<Gathering> Gatherings => Set<Gathering>();

    public DbSet<Registration> Registrations => Set<Registration>();

    public DbSet<NewsPost> NewsPosts => Set<NewsPost>();

    public DbSet<NewsView> NewsViews => Set<NewsView>();
    public DbSet<CalendarFeedToken> CalendarFeedTokens => Set<CalendarFeedToken>();
    public DbSet<Question> SessionQuestions => Set<Question>();

    public DbSet<QuestionUpvote> SessionQuestionUpvotes => Set<QuestionUpvote>();

    public DbSet<Poll> SessionPolls => Set<Poll>();

    public DbSet<PollOption> SessionPollOptions => Set<PollOption>();

    public DbSet<PollBallot> SessionPollBallots => Set<PollBallot>();

    public DbSet<PollVote> SessionPollVotes => Set<PollVote>();

    public DbSet<ChatMessage> SessionChatMessages => Set<ChatMessage>();

    public DbSet<RoomEntry> SessionRoomEntries => Set<RoomEntry>();

    public DbSet<Cluster.ClusterLease> ClusterLeases => Set<Cluster.ClusterLease>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ClimateDbContext).Assembly);
    }
}
