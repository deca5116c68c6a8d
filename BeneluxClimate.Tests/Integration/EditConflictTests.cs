using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Organisations;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Showcase;
using BeneluxClimate.Tests.Builders;
using BeneluxClimate.Tests.Domain.Partnerships;

namespace BeneluxClimate.Tests.Integration;

/// <summary>Two editors save the same proposal or project from the same starting version: the second is told of the
/// conflict, and the first one's text stays.</summary>
public sealed class EditConflictTests : PartnershipTestBase
{
    [Fact]
    public async Task The_second_save_of_a_proposal_is_a_conflict_and_does_not_overwrite_the_first()
    {
        var id = await ProposeAsLotteAsync();
        var firstTab = (await Directory.InputForEditAsync(Lotte, id)).Value!;
        var secondTab = (await Directory.InputForEditAsync(Lotte, id)).Value!;

        Assert.True((await Proposals.UpdateAsync(Lotte, id, firstTab with { Title = "Heat pumps for Flemish schools" })).Succeeded);
        var second = await Proposals.UpdateAsync(Lotte, id, secondTab with { Title = "Heat pumps for Dutch schools" });

        Assert.Equal(Refusal.Conflict, second.Refusal);
        Assert.Equal("Heat pumps for Flemish schools", (await Directory.InputForEditAsync(Lotte, id)).Value!.Title);
    }

    [Fact]
    public async Task Of_eight_saves_of_a_proposal_at_the_same_moment_one_wins_and_seven_hear_of_the_conflict()
    {
        var id = await ProposeAsLotteAsync();
        var start = (await Directory.InputForEditAsync(Lotte, id)).Value!;

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => Proposals.UpdateAsync(Lotte, id, start with { Title = $"Heat pumps, version {i}" }))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(Refusal.Conflict, r.Refusal));
        var winner = Array.FindIndex(results, r => r.Succeeded);
        Assert.Equal($"Heat pumps, version {winner}", (await Directory.InputForEditAsync(Lotte, id)).Value!.Title);
    }

    [Fact]
    public async Task The_second_editor_saving_a_project_hears_of_the_conflict_and_the_first_editors_text_stays()
    {
        await Database.Get<OrganisationService>().CreateAsync(Lotte, new OrganisationInput(
            Guid.NewGuid(), "Getijstroom Energie B.V.", ActorType.Business, "NL", null, "", "71936542"));
        var projects = Database.Get<ProjectService>();
        var pages = Database.Get<ProjectPages>();
        var created = await projects.CreateAsync(Lotte, ProjectInputs.Valid() with { ContactMemberIds = [Pieter.UserId!] });
        Assert.True(created.Succeeded, string.Join(", ", created.Result.Problems?.Select(p => $"{p.Field}:{p.Code}") ?? [created.Result.Refusal.ToString()!]));
        var id = created.ProjectId!.Value;
        var lottes = (await pages.InputForEditAsync(Lotte, id)).Value!;
        var pieters = (await pages.InputForEditAsync(Pieter, id)).Value!;

        Assert.True((await projects.UpdateAsync(Lotte, id, lottes with { Title = "Tidal kites at Brouwersdam" })).Succeeded);
        var second = await projects.UpdateAsync(Pieter, id, pieters with { Title = "Tidal kites at Haringvliet" });

        Assert.Equal(Refusal.Conflict, second.Refusal);
        Assert.Equal("Tidal kites at Brouwersdam", (await pages.InputForEditAsync(Pieter, id)).Value!.Title);
    }
}
