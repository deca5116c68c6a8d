using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Organisations;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Tests.Domain.Organisations;

public sealed class OrganisationServiceTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private string lotteId = "";
    private string pieterId = "";
    private string sanneId = "";

    private OrganisationService Organisations => database.Get<OrganisationService>();

    private MemberProfiles Profiles => database.Get<MemberProfiles>();

    private MemberDirectory Directory => database.Get<MemberDirectory>();

    private Actor Lotte => Actor.Member(lotteId, Roles.Member);

    private Actor Pieter => Actor.Member(pieterId, Roles.Member);

    private Actor Sanne => Actor.Member(sanneId, Roles.Member);

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        lotteId = await database.AddMemberAsync("Lotte", "lotte@example.test");
        pieterId = await database.AddMemberAsync("Pieter", "pieter@example.test");
        sanneId = await database.AddMemberAsync("Sanne", "sanne@example.test");
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private static OrganisationInput Valid(string name = "Energiecoöperatie Zonnig Kempen") => new(
        Guid.NewGuid(), name, ActorType.NGO, "BE", "https://example.net/zonnig-kempen",
        "A citizens' **energy cooperative** in the Kempen.", "BE 0403 170 701");

    private Task<int> CountOrganisationsAsync() => database.QueryAsync(db => db.Organisations.CountAsync());

    private async Task<int> CreateAsLotteAsync()
    {
        var created = await Organisations.CreateAsync(Lotte, Valid());
        Assert.True(created.Succeeded, created.Result.Refusal?.ToString());
        return created.OrganisationId!.Value;
    }

    [Fact]
    public async Task A_member_creates_an_organisation_with_a_valid_belgian_enterprise_number_and_becomes_its_admin()
    {
        var created = await Organisations.CreateAsync(Lotte, Valid());

        Assert.True(created.Succeeded);
        var details = (await Organisations.GetAsync(Lotte, created.OrganisationId!.Value)).Value!;
        Assert.Equal(("Energiecoöperatie Zonnig Kempen", ActorType.NGO, "BE", "0403.170.701"), (details.Name, details.Type, details.CountryCode, details.RegistryNumber));
        Assert.Contains("<strong>energy cooperative</strong>", details.DescriptionHtml);
        Assert.True(details.ViewerIsAdmin);
        var stored = await database.QueryAsync(db => db.Organisations.SingleAsync());
        Assert.Equal("energiecooperatie zonnig kempen", stored.SearchText);
    }

    public static TheoryData<string, OrganisationInput> InvalidInputs() => new()
    {
        { nameof(OrganisationInput.RegistryNumber), Valid() with { RegistryNumber = "0403.170.702" } }, // wrong check digits
        { nameof(OrganisationInput.RegistryNumber), Valid() with { CountryCode = "NL", RegistryNumber = "1234567A" } }, // KvK with a letter
        { nameof(OrganisationInput.Website), Valid() with { Website = "example.net/zonnig-kempen" } }, // no http(s)
        { nameof(OrganisationInput.Website), Valid() with { Website = "javascript:alert(1)" } },
        { nameof(OrganisationInput.Name), Valid() with { Name = "  " } },
        { nameof(OrganisationInput.Name), Valid(new string('x', Organisation.NameMaxLength + 1)) },
        { nameof(OrganisationInput.Name), Valid("Zonnig\u0007Kempen") },
        { nameof(OrganisationInput.Description), Valid() with { Description = new string('x', Organisation.DescriptionMaxLength + 1) } },
        { nameof(OrganisationInput.CountryCode), Valid() with { CountryCode = "XX" } },
        { nameof(OrganisationInput.Type), Valid() with { Type = (ActorType)42 } },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public async Task Invalid_input_is_refused_with_the_field_and_nothing_is_written(string field, OrganisationInput input)
    {
        var created = await Organisations.CreateAsync(Lotte, input);

        Assert.Equal(Refusal.InvalidInput, created.Result.Refusal);
        Assert.Contains(created.Result.Problems!, p => p.Field == field);
        Assert.Null(created.OrganisationId);
        Assert.Equal(0, await CountOrganisationsAsync());
        Assert.Equal(0, await database.QueryAsync(db => db.OrganisationMemberships.CountAsync()));
    }

    [Fact]
    public async Task A_double_submit_with_the_same_creation_id_creates_one_organisation()
    {
        var input = Valid();

        var first = await Organisations.CreateAsync(Lotte, input);
        var second = await Organisations.CreateAsync(Lotte, input);

        Assert.True(first.Succeeded);
        Assert.True(second.Succeeded);
        Assert.Equal(first.OrganisationId, second.OrganisationId);
        Assert.Equal(1, await CountOrganisationsAsync());
    }

    [Fact]
    public async Task Visitors_cannot_create_and_members_of_an_organisation_must_leave_first()
    {
        await CreateAsLotteAsync();

        var anonymous = await Organisations.CreateAsync(Actor.Anonymous, Valid("Jonge Klimaatraad Gent"));
        var again = await Organisations.CreateAsync(Lotte, Valid("Jonge Klimaatraad Gent"));

        Assert.Equal(Refusal.NotSignedIn, anonymous.Result.Refusal);
        Assert.Equal(Refusal.Conflict, again.Result.Refusal);
        Assert.Equal(1, await CountOrganisationsAsync());
    }

    [Fact]
    public async Task Only_its_admins_update_an_organisation_and_a_stale_version_is_a_conflict()
    {
        var id = await CreateAsLotteAsync();
        var version = (await Organisations.GetAsync(Lotte, id)).Value!.Version;

        var byStranger = await Organisations.UpdateAsync(Pieter, id, Valid("Hijacked") with { ExpectedVersion = version });
        var byAdmin = await Organisations.UpdateAsync(Lotte, id, Valid("Zonnig Kempen cvba") with { ExpectedVersion = version });
        var stale = await Organisations.UpdateAsync(Lotte, id, Valid("Zonnig Kempen again") with { ExpectedVersion = version });

        Assert.Equal(Refusal.Forbidden, byStranger.Refusal);
        Assert.True(byAdmin.Succeeded);
        Assert.Equal(Refusal.Conflict, stale.Refusal);
        Assert.Equal("Zonnig Kempen cvba", (await Organisations.GetAsync(Lotte, id)).Value!.Name);
    }

    [Fact]
    public async Task Only_its_admins_decide_on_join_requests()
    {
        var id = await CreateAsLotteAsync();
        Assert.True((await Organisations.RequestToJoinAsync(Pieter, id)).Succeeded);
        var request = Assert.Single((await Organisations.GetAsync(Lotte, id)).Value!.PendingRequests);

        var bySelf = await Organisations.DecideAsync(Pieter, request.MembershipId, accept: true);
        var byOther = await Organisations.DecideAsync(Sanne, request.MembershipId, accept: true);

        Assert.Equal(Refusal.Forbidden, bySelf.Refusal);
        Assert.Equal(Refusal.Forbidden, byOther.Refusal);
        Assert.Empty((await Organisations.GetAsync(Sanne, id)).Value!.PendingRequests); // requests are for admins' eyes
        var stillPending = await database.QueryAsync(db => db.OrganisationMemberships.SingleAsync(m => m.Id == request.MembershipId));
        Assert.Equal(OrganisationMembershipStatus.Pending, stillPending.Status);
    }

    [Fact]
    public async Task An_accepted_member_shows_the_organisation_on_the_directory_card_and_is_found_by_it()
    {
        await Profiles.SaveAsync(Pieter, ProfileInputs.Valid("Pieter Smit"));
        var id = await CreateAsLotteAsync();

        await Organisations.RequestToJoinAsync(Pieter, id);
        var request = Assert.Single((await Organisations.GetAsync(Lotte, id)).Value!.PendingRequests);
        var pendingCard = (await Directory.SearchAsync(Sanne, new DirectoryQuery())).Value!.Cards.Items.Single(c => c.UserId == pieterId);
        var accepted = await Organisations.DecideAsync(Lotte, request.MembershipId, accept: true);

        Assert.Null(pendingCard.OrganisationName);
        Assert.True(accepted.Succeeded);
        var found = (await Directory.SearchAsync(Sanne, new DirectoryQuery { Text = "zonnig kempen" })).Value!;
        var card = Assert.Single(found.Cards.Items);
        Assert.Equal((pieterId, id, "Energiecoöperatie Zonnig Kempen"), (card.UserId, card.OrganisationId, card.OrganisationName));
        Assert.Contains((await Organisations.GetAsync(Sanne, id)).Value!.Members, m => m.UserId == pieterId && !m.IsAdmin);
    }

    [Fact]
    public async Task A_declined_request_is_removed_and_the_member_may_ask_elsewhere()
    {
        var id = await CreateAsLotteAsync();
        await Organisations.RequestToJoinAsync(Pieter, id);
        var request = Assert.Single((await Organisations.GetAsync(Lotte, id)).Value!.PendingRequests);

        var declined = await Organisations.DecideAsync(Lotte, request.MembershipId, accept: false);

        Assert.True(declined.Succeeded);
        Assert.Null(await Organisations.MembershipOfAsync(Pieter));
        Assert.True((await Organisations.GetAsync(Pieter, id)).Value!.ViewerMayRequest);
    }

    [Fact]
    public async Task A_visitor_sees_only_the_public_members_of_an_organisation()
    {
        await Profiles.SaveAsync(Lotte, ProfileInputs.Valid("Lotte Janssens"));
        await Profiles.SaveAsync(Pieter, ProfileInputs.Valid("Pieter Smit") with { Visibility = ProfileVisibility.MembersOnly });
        var id = await CreateAsLotteAsync();
        await Organisations.RequestToJoinAsync(Pieter, id);
        var request = Assert.Single((await Organisations.GetAsync(Lotte, id)).Value!.PendingRequests);
        await Organisations.DecideAsync(Lotte, request.MembershipId, accept: true);

        var asVisitor = (await Organisations.GetAsync(Actor.Anonymous, id)).Value!;
        var asMember = (await Organisations.GetAsync(Sanne, id)).Value!;

        Assert.Equal([lotteId], asVisitor.Members.Select(m => m.UserId));
        Assert.Equal([lotteId, pieterId], asMember.Members.Select(m => m.UserId)); // the admin first
        Assert.Empty(asVisitor.PendingRequests);
        Assert.False(asVisitor.ViewerMayRequest);
    }

    [Fact]
    public async Task The_last_admin_cannot_leave_while_other_members_remain()
    {
        var id = await CreateAsLotteAsync();
        await Organisations.RequestToJoinAsync(Pieter, id);
        var request = Assert.Single((await Organisations.GetAsync(Lotte, id)).Value!.PendingRequests);
        await Organisations.DecideAsync(Lotte, request.MembershipId, accept: true);

        var adminLeaves = await Organisations.LeaveAsync(Lotte);
        var memberLeaves = await Organisations.LeaveAsync(Pieter);
        var thenAdminLeaves = await Organisations.LeaveAsync(Lotte);

        Assert.Equal(Refusal.Forbidden, adminLeaves.Refusal);
        Assert.True(memberLeaves.Succeeded);
        Assert.True(thenAdminLeaves.Succeeded);
        Assert.Null(await Organisations.MembershipOfAsync(Lotte));
    }

    [Fact]
    public async Task Only_admins_share_the_admin_right_and_the_last_admin_keeps_it()
    {
        var id = await CreateAsLotteAsync();
        await Organisations.RequestToJoinAsync(Pieter, id);
        var request = Assert.Single((await Organisations.GetAsync(Lotte, id)).Value!.PendingRequests);
        await Organisations.DecideAsync(Lotte, request.MembershipId, accept: true);

        var byMember = await Organisations.SetAdminAsync(Pieter, id, pieterId, admin: true);
        var byOutsider = await Organisations.SetAdminAsync(Sanne, id, pieterId, admin: true);
        var lastAdminDemoted = await Organisations.SetAdminAsync(Lotte, id, lotteId, admin: false);
        var promoted = await Organisations.SetAdminAsync(Lotte, id, pieterId, admin: true);
        var thenDemoted = await Organisations.SetAdminAsync(Pieter, id, lotteId, admin: false);
        var outsiderPromoted = await Organisations.SetAdminAsync(Pieter, id, sanneId, admin: true);

        Assert.Equal(Refusal.Forbidden, byMember.Refusal);
        Assert.Equal(Refusal.Forbidden, byOutsider.Refusal);
        Assert.Equal(Refusal.Conflict, lastAdminDemoted.Refusal);
        Assert.True(promoted.Succeeded);
        Assert.True(thenDemoted.Succeeded);
        Assert.Equal(Refusal.NotFound, outsiderPromoted.Refusal); // only active members of this organisation
        var admins = await database.QueryAsync(db => db.OrganisationMemberships.Where(m => m.OrganisationId == id && m.IsAdmin).Select(m => m.UserId).ToListAsync());
        Assert.Equal([pieterId], admins);
    }

    [Fact]
    public async Task Search_finds_organisations_ignoring_case_and_accents()
    {
        await CreateAsLotteAsync();
        await Organisations.CreateAsync(Pieter, Valid("Université de Liège – Climate Lab") with { RegistryNumber = "" });

        var found = (await Organisations.SearchAsync(Actor.Anonymous, "UNIVERSITE DE LIEGE")).Value!;
        var cooperative = (await Organisations.SearchAsync(Actor.Anonymous, "cooperatie")).Value!;

        Assert.Equal("Université de Liège – Climate Lab", Assert.Single(found).Name);
        Assert.Equal(1, Assert.Single(cooperative).MemberCount);
        Assert.Equal(Refusal.InvalidInput, (await Organisations.SearchAsync(Actor.Anonymous, new string('x', 101))).Refusal);
    }
}
