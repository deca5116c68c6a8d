using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;

namespace BeneluxClimate.Tests.Domain.Partnerships;

/// <summary>Three onboarded members — Lotte (BE, NGO), Pieter (NL, Research), Sanne (LU, Government) — and a moderator.</summary>
public abstract class PartnershipTestBase(Dictionary<string, string?>? settings = null) : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    /// <summary>The database provider these tests run on; a derived class in Tests/Postgres runs them on PostgreSQL.</summary>
    protected virtual string Provider => "Sqlite";

    protected Actor Lotte { get; private set; } = null!;

    protected Actor Pieter { get; private set; } = null!;

    protected Actor Sanne { get; private set; } = null!;

    protected Actor Moderator { get; private set; } = null!;

    protected ProposalService Proposals => Database.Get<ProposalService>();

    protected ProposalDirectory Directory => Database.Get<ProposalDirectory>();

    protected DiscussionService Discussion => Database.Get<DiscussionService>();

    protected InterestService Interests => Database.Get<InterestService>();

    public virtual async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateOnAsync(Provider, settings ?? new() { ["Discussion:CommentIntervalSeconds"] = "0" });
        Lotte = await MemberAsync("Lotte Janssens", "lotte@example.test", "BE", "BE-VOV", ActorType.NGO);
        Pieter = await MemberAsync("Pieter Smit", "pieter@example.test", "NL", "NL-ZE", ActorType.Research);
        Sanne = await MemberAsync("Sanne Weber", "sanne@example.test", "LU", "LU-ES", ActorType.Government);
        Moderator = Actor.Member(await Database.AddMemberAsync("Mona", "mona@example.test", Roles.Moderator), Roles.Member, Roles.Moderator);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();

    protected async Task<int> ProposeAsLotteAsync(ProposalInput? input = null)
    {
        var created = await Proposals.CreateAsync(Lotte, input ?? ProposalInputs.Valid());
        Assert.True(created.Succeeded, string.Join(", ", created.Result.Problems?.Select(p => $"{p.Field}:{p.Code}") ?? [created.Result.Refusal.ToString()!]));
        return created.ProposalId!.Value;
    }

    private async Task<Actor> MemberAsync(string name, string email, string country, string region, ActorType type)
    {
        var id = await Database.AddMemberAsync(name, email);
        var actor = Actor.Member(id, Roles.Member);
        var saved = await Database.Get<MemberProfiles>().SaveAsync(actor, ProfileInputs.Valid(name) with
        {
            CountryCode = country,
            RegionCode = region,
            ActorType = type,
            Themes = [Theme.MitigationEnergy],
        });
        Assert.True(saved.Succeeded);
        return actor;
    }
}
