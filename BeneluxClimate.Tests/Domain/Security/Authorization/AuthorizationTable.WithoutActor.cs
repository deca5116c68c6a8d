namespace BeneluxClimate.Tests.Domain.Security.Authorization;

public static partial class AuthorizationTable
{
    private const string PublicRead = "reads only what anonymous visitors may see (published, not hidden)";
    private const string SequenceRead = "the current number of a live topic: no content, only for catching up after a gap";
    private const string Infrastructure = "infrastructure the services use inside a command that has already been authorized";
    private const string OwnAccount = "called by the account pages and the sign-in pipeline with the signed-in user's own id (from the authentication cookie), never with an id a user typed";

    /// <summary>Public service methods that take no actor, and why none is needed. A new one fails the coverage test until it is listed here or given an actor.</summary>
    public static readonly IReadOnlyDictionary<string, string> WithoutActor = new Dictionary<string, string>
    {
        ["AccountStatus.GetAsync"] = OwnAccount,
        ["PersonalDataExport.ExportAsync"] = OwnAccount,
        ["MemberProfiles.AnnounceDepartureAsync"] = OwnAccount + " (after the account was deleted)",
        ["CalendarFeeds.PersonalFeedAsync"] = "the secret feed token is the credential (calendar apps cannot sign in); a reset revokes it",
        ["CalendarFeeds.PublicFeedAsync"] = PublicRead,
        ["GatheringDirectory.ListAsync"] = PublicRead,
        ["NewsDirectory.LatestAsync"] = PublicRead,
        ["NewsDirectory.RecordViewAsync"] = "counts one view of a public post per visitor key; changes nothing a person owns",
        ["ProjectBoard.ColumnAsync"] = PublicRead,
        ["ProjectBoard.ListAsync"] = PublicRead,
        ["ProjectPages.OfOrganisationAsync"] = PublicRead,
        ["ImpactDashboard.GetAsync"] = "public totals over published projects",
        ["NetworkStatistics.GetAsync"] = "public counts of the network (members, organisations, countries)",
        ["GatheringDirectory.SequenceAsync"] = SequenceRead,
        ["NewsDirectory.SequenceAsync"] = SequenceRead,
        ["ProjectPages.SequenceAsync"] = SequenceRead,
        ["ProposalDirectory.SequenceAsync"] = SequenceRead,
        ["SessionRoomService.SequenceAsync"] = SequenceRead,
        ["TopicSequenceReader.CurrentAsync"] = SequenceRead,
        ["ActivityFeed.RecordAsync"] = Infrastructure + " (the feed is read through ListAsync, moderators only)",
        ["PartnershipNotifier.NotifyAsync"] = Infrastructure,
        ["PartnershipNotifier.StatusChangedAsync"] = Infrastructure,
        ["DirectoryCountCache.GetOrAddAsync"] = Infrastructure + " (MemberDirectory.SearchAsync keys it by signed-in or not)",
        ["MarkdownRenderer.Render"] = Infrastructure,
        ["WriteRateLimiter.TryAcquire"] = Infrastructure,
        ["WriteRateLimiter.Dispose"] = Infrastructure,
        ["ILiveBus.PublishAsync"] = Infrastructure + " (every event carries its audience, checked per viewer)",
        ["ILiveBus.Subscribe"] = Infrastructure + " (every event carries its audience, checked per viewer)",
        ["InProcessLiveBus.PublishAsync"] = Infrastructure,
        ["InProcessLiveBus.Subscribe"] = Infrastructure,
        ["InProcessLiveBus.ResyncAllAsync"] = Infrastructure,
        ["InProcessLiveBus.Dispose"] = Infrastructure,
        ["InProcessLiveBus.DisposeAsync"] = Infrastructure,
        ["IMailTransport.SendAsync"] = Infrastructure,
        ["ClusterLeases.HoldAsync"] = Infrastructure,
        ["ClusterLeases.ReleaseAsync"] = Infrastructure,
        ["ClusterLeases.TryHoldAsync"] = Infrastructure,
        ["ProviderDbContextFactory`1.CreateDbContext"] = Infrastructure,
        ["ProviderDbContextFactory`1.CreateDbContextAsync"] = Infrastructure,
        ["DatabaseBackups.IsAvailableAsync"] = "whether the database is SQLite (a backup is possible); taking and listing backups are admins only",
        ["DatabaseInitializer.InitializeAsync"] = "start-up: migrations and roles, before any request",
        ["DemoSeeder.SeedAsync"] = "start-up: demo data when Seed:DemoData is set",
        ["EventReminders.SendDueAsync"] = "background job: reminders to registered members",
        ["NewsReleases.ReleaseDueAsync"] = "background job: scheduled posts come out",
        ["NewsReleases.LeaveToAnotherNode"] = "background job: hands the release work to another node",
    };
}
