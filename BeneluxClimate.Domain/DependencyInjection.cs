using BeneluxClimate.Domain.Gatherings;
using BeneluxClimate.Domain.Persistence.Backups;
using BeneluxClimate.Domain.Gatherings.Sessions;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.News;
using BeneluxClimate.Domain.Notifications;
using BeneluxClimate.Domain.Organisations;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Showcase;
using BeneluxClimate.Domain.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BeneluxClimate.Domain;

public static class DependencyInjection
{
    /// <summary>Registers persistence, domain services and their settings.</summary>
    public static IServiceCollection AddClimateDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.Section));
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.Configure<LiveOptions>(configuration.GetSection(LiveOptions.Section));
        services.Configure<DiscussionOptions>(configuration.GetSection(DiscussionOptions.Section));
        services.Configure<ModerationOptions>(configuration.GetSection(ModerationOptions.Section));
        services.Configure<NewsOptions>(configuration.GetSection(NewsOptions.Section));
        services.Configure<EventsOptions>(configuration.GetSection(EventsOptions.Section));
        services.Configure<SessionOptions>(configuration.GetSection(SessionOptions.Section));

        services.AddClimateDatabase(configuration);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Cluster.ClusterLeases>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<WriteRateLimiter>();
        services.AddSingleton<RoleAdministration>();
        services.Configure<BackupOptions>(configuration.GetSection(BackupOptions.Section));
        services.AddSingleton<DatabaseBackups>();
        services.AddSingleton<AccountStatus>();
        services.AddSingleton<Common.Commands>();
        services.AddSingleton<NetworkStatistics>();
        services.AddSingleton<DirectoryCountCache>();
        services.AddSingleton<MemberDirectory>();
        services.AddSingleton<MemberProfiles>();
        services.AddSingleton<PersonalDataExport>();
        services.AddSingleton<OrganisationService>();
        services.AddSingleton<ImpactDashboard>();
        services.AddSingleton<ProjectService>();
        services.AddSingleton<ProjectPages>();
        services.AddSingleton<ProjectBoard>();
        services.AddSingleton<PartnershipNotifier>();
        services.AddSingleton<NotificationService>();
        services.AddSingleton<ProposalService>();
        services.AddSingleton<ProposalDirectory>();
        services.AddSingleton<DiscussionService>();
        services.AddSingleton<InterestService>();
        services.AddSingleton<ActivityFeed>();
        services.AddSingleton<ReportService>();
        services.AddSingleton<ReportQueue>();
        services.AddSingleton<ModerationService>();
        services.AddSingleton<AppealService>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<NewsService>();
        services.AddSingleton<NewsDirectory>();
        services.AddSingleton<GatheringService>();
        services.AddSingleton<GatheringDirectory>();
        services.AddSingleton<RegistrationService>();
        services.AddSingleton<CalendarFeeds>();
        services.AddSingleton<EventReminders>();
        services.AddHostedService<EventReminderService>();
        services.AddSingleton<NewsReleases>();
        services.AddHostedService<NewsReleaseService>();
        services.AddSingleton<SessionRoomService>();
        services.AddSingleton<InProcessLiveBus>();
        services.AddSingleton<TopicSequenceReader>();
        services.AddLiveBus(configuration);
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<IMailTransport>(sp => sp.GetRequiredService<IOptions<MailOptions>>().Value.UsesSmtp
            ? new SmtpMailTransport(sp.GetRequiredService<IOptions<MailOptions>>())
            : new PickupDirectoryMailTransport(sp.GetRequiredService<IOptions<MailOptions>>()));
        return services;
    }

    /// <summary>The in-process bus; with <c>ConnectionStrings:Redis</c> set, relayed between nodes through Redis.</summary>
    private static void AddLiveBus(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<ILiveBus>(sp => sp.GetRequiredService<InProcessLiveBus>());
            return;
        }

        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(RedisLiveBus.ConnectionOptions(redis)));
        services.AddSingleton<RedisLiveBus>();
        services.AddSingleton<ILiveBus>(sp => sp.GetRequiredService<RedisLiveBus>());
        services.AddHostedService(sp => sp.GetRequiredService<RedisLiveBus>()); // subscribes before the first viewer comes
    }

    private static void AddClimateDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("Climate");
        switch (database.Provider)
        {
            case "Sqlite":
                services.AddPooledDbContextFactory<SqliteClimateDbContext>(options => options
                    // One JSON parameter per id list: the SQL stays the same whatever the list's length, so EF caches it
                    // instead of generating it again for every call (IN over json_each still probes the index).
                    .UseSqlite(connectionString ?? "Data Source=climate.db", sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                    .AddInterceptors(new SqlitePragmaInterceptor(database.BusyTimeoutMs)));
                services.AddProviderContext<SqliteClimateDbContext>();
                break;
            case "Postgres":
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider 'Postgres' needs ConnectionStrings:Climate (e.g. 'Host=db;Database=climate;Username=climate;Password=...').");
                }

                // No EnableRetryOnFailure: the services open their own transactions, which a retrying strategy refuses;
                // Npgsql's pool replaces broken connections, and a failed command surfaces like any other error.
                services.AddPooledDbContextFactory<PostgresClimateDbContext>(options => options.UseNpgsql(connectionString));
                services.AddProviderContext<PostgresClimateDbContext>();
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{database.Provider}' is not supported; use 'Sqlite' or 'Postgres'.");
        }
    }

    private static void AddProviderContext<TContext>(this IServiceCollection services)
        where TContext : ClimateDbContext
    {
        services.AddSingleton<IDbContextFactory<ClimateDbContext>, ProviderDbContextFactory<TContext>>();
        services.AddScoped<ClimateDbContext>(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
    }
}
