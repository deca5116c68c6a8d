using System.Security.Claims;
using BeneluxClimate.App.Components.Pages.Members;
using BeneluxClimate.App.Security;
using BeneluxClimate.Domain.Notifications;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Components.Notifications;

public sealed class NotificationSettingsSectionTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private string annaId = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        annaId = await database.AddMemberAsync("Anna Peeters", "anna@example.test");
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_member_switches_a_kind_off_and_it_is_saved_with_a_confirmation()
    {
        await using var context = new ComponentTestContext("nl", services: s =>
        {
            s.AddSingleton(database.Get<NotificationService>());
            s.AddScoped<ActorAccessor>();
        }).SignedInAs("Anna Peeters");
        context.Authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, annaId));
        var section = context.Render<NotificationSettingsSection>();
        section.WaitForAssertion(() => Assert.Equal(Enum.GetValues<BeneluxClimate.Domain.Notifications.NotificationKind>().Length, section.FindAll("[data-testid=notification-setting]").Count));
        Assert.All(section.FindAll("[data-testid=notification-setting] input"), i => Assert.True(i.HasAttribute("checked")));
        Assert.Contains("Vermeldingen van mij", section.Find("[data-testid=notification-setting][data-kind=Mention]").TextContent);

        section.Find("[data-testid=notification-setting][data-kind=Mention] input").Change(false);

        section.WaitForAssertion(() => Assert.Equal("Meldingsinstellingen opgeslagen.", section.Find("[data-testid=notification-settings-message]").TextContent.Trim()));
        var disabled = (await database.Get<NotificationService>().DisabledKindsAsync(Actor.Member(annaId, Roles.Member))).Value!;
        Assert.Equal([NotificationKind.Mention], disabled);
        Assert.False(section.Find("[data-testid=notification-setting][data-kind=Mention] input").HasAttribute("checked"));
    }
}
