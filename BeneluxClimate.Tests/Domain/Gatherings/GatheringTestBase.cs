using BeneluxClimate.Domain.Gatherings;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;

namespace BeneluxClimate.Tests.Domain.Gatherings;

/// <summary>An event host, an admin, a moderator and three members in a fresh database.</summary>
public abstract class GatheringTestBase : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    protected Actor Host { get; private set; } = null!;

    protected Actor Admin { get; private set; } = null!;

    protected Actor Moderator { get; private set; } = null!;

    protected Actor Anna { get; private set; } = null!;

    protected Actor Joost { get; private set; } = null!;

    protected Actor Claire { get; private set; } = null!;

    protected GatheringService Events => Database.Get<GatheringService>();

    protected GatheringDirectory Directory => Database.Get<GatheringDirectory>();

    protected RegistrationService Registrations => Database.Get<RegistrationService>();

    public virtual async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(Settings());
        Host = Actor.Member(await Database.AddMemberAsync("Hélène Weber", "host@example.test", Roles.EventHost), Roles.Member, Roles.EventHost);
        Admin = Actor.Member(await Database.AddMemberAsync("Ada Admin", "admin@example.test", Roles.Admin), Roles.Member, Roles.Admin);
        Moderator = Actor.Member(await Database.AddMemberAsync("Mona", "mona@example.test", Roles.Moderator), Roles.Member, Roles.Moderator);
        Anna = Actor.Member(await Database.AddMemberAsync("Anna Peeters", "anna@example.test"), Roles.Member);
        Joost = Actor.Member(await Database.AddMemberAsync("Joost de Vries", "joost@example.test"), Roles.Member);
        Claire = Actor.Member(await Database.AddMemberAsync("Claire Muller", "claire@example.test"), Roles.Member);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();

    protected virtual Dictionary<string, string?> Settings() => [];

    protected async Task<int> CreateAsync(GatheringInput? input = null, Actor? host = null)
    {
        var created = await Events.CreateAsync(host ?? Host, input ?? GatheringInputs.Virtual());
        Assert.True(created.Succeeded, string.Join(", ", created.Result.Problems?.Select(p => $"{p.Field}:{p.Code}") ?? [created.Result.Refusal.ToString()!]));
        return created.GatheringId!.Value;
    }
}
