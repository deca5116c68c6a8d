using BeneluxClimate.Domain.Persistence.Backups;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Tests.Domain.Security.Authorization;

/// <summary>
/// One database per case, copied from a template that <see cref="ScenarioSeed"/> fills once per run. Write limits
/// and the pause between comments are lifted so that a rate-limit refusal never stands in for an authorization decision.
/// </summary>
public sealed class AuthorizationScenario : IAsyncDisposable
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["RateLimits:WritesPerMemberPerMinute"] = "1000000",
        ["Discussion:CommentIntervalSeconds"] = "0",
        ["Discussion:NewAccountCommentIntervalSeconds"] = "0",
    };
    private static readonly Lazy<Task<Template>> SharedTemplate = new(BuildTemplateAsync);

    private readonly TestDatabase database;
    private DataVersionWatch? watcher;

    private AuthorizationScenario(TestDatabase database, ScenarioIds ids)
    {
        this.database = database;
        Ids = ids;
    }

    public ScenarioIds Ids { get; }

    public string UserId(AuthorizationRole role) => Ids.Users[role];

    public T Get<T>()
        where T : notnull => database.Get<T>();

    public Actor ActorFor(AuthorizationRole role) => role switch
    {
        AuthorizationRole.Anonymous => Actor.Anonymous,
        AuthorizationRole.EventHost => Actor.Member(Ids.Users[role], Roles.Member, Roles.EventHost),
        AuthorizationRole.Moderator => Actor.Member(Ids.Users[role], Roles.Member, Roles.Moderator),
        AuthorizationRole.Admin => Actor.Member(Ids.Users[role], Roles.Member, Roles.Admin),
        _ => Actor.Member(Ids.Users[role], Roles.Member),
    };

    public Task<T> QueryAsync<T>(Func<BeneluxClimate.Domain.Persistence.ClimateDbContext, Task<T>> query) => database.QueryAsync(query);

    public static async Task<AuthorizationScenario> CreateAsync()
    {
        var template = await SharedTemplate.Value;
        var scenario = new AuthorizationScenario(TestDatabase.CopyOf(template.File, new(Settings)), template.Ids);
        scenario.watcher = await DataVersionWatch.OpenAsync(scenario.database);
        return scenario;
    }

    /// <summary>Moves whenever the database is written to (see <see cref="DataVersionWatch"/>).</summary>
    public long DataVersion() => watcher!.Current();

    public async ValueTask DisposeAsync()
    {
        if (watcher is not null)
        {
            await watcher.DisposeAsync();
        }

        await database.DisposeAsync();
    }

    private static async Task<Template> BuildTemplateAsync()
    {
        await using var database = await TestDatabase.CreateAsync(new(Settings));
        var ids = await ScenarioSeed.SeedAsync(database);
        var folder = Directory.CreateTempSubdirectory("climate-authz-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        var file = Path.Combine(folder, "template.db");
        await SqliteBackup.WriteAsync(await ConnectionStringAsync(database), file);
        return new Template(file, ids);
    }

    private static Task<string> ConnectionStringAsync(TestDatabase database) =>
        database.QueryAsync(db => Task.FromResult(db.Database.GetConnectionString()!));

    private sealed record Template(string File, ScenarioIds Ids);
}
