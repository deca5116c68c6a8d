using BeneluxClimate.Domain.Gatherings;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser.Events;

/// <summary>Members registering on their own screens, a host publishing through the form: every change shows elsewhere without reload.</summary>
public sealed class EventBrowserTests(BrowserFixture browser) : BrowserTest(browser, new() { ["Security:RequireTwoFactorForStaff"] = "false" })
{
    private IDbContextFactory<ClimateDbContext> Contexts => App.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>();

    [Fact]
    public async Task At_capacity_one_the_second_member_waits_and_is_promoted_live_when_the_first_cancels()
    {
        var id = await CreateAsHostAsync(GatheringInputs.Virtual("Capacity one: a seat for the Scheldt webinar", capacity: 1));
        var anna = await SignedInPageAsync("anna@demo.test", $"/events/{id}");
        var joost = await SignedInPageAsync("joost@demo.test", $"/events/{id}");
        var claire = await SignedInPageAsync("claire@demo.test", "/events");
        var claireCard = claire.Locator($"[data-testid=event-card][data-event-id='{id}']");
        await Assertions.Expect(claireCard.GetByTestId("seats-left")).ToHaveAttributeAsync("data-seats-left", "1");
        Page = anna;
        await CheckPageAsync("not-registered");

        await anna.GetByTestId("register-button").ClickAsync();
        await Assertions.Expect(anna.GetByTestId("registration-status")).ToHaveAttributeAsync("data-status", "Registered");
        await Assertions.Expect(anna.GetByTestId("meeting-link")).ToBeVisibleAsync();
        await Assertions.Expect(claireCard.GetByTestId("seats-left")).ToHaveAttributeAsync("data-seats-left", "0");
        await Assertions.Expect(joost.GetByTestId("seats-left")).ToHaveAttributeAsync("data-seats-left", "0");
        await CheckPageAsync("registered");

        await joost.GetByTestId("register-button").ClickAsync();
        await Assertions.Expect(joost.GetByTestId("registration-status")).ToHaveAttributeAsync("data-status", "Waitlisted");
        await Assertions.Expect(joost.GetByTestId("registration-status")).ToContainTextAsync("#1");
        await Assertions.Expect(joost.GetByTestId("meeting-link")).ToHaveCountAsync(0);

        await anna.GetByTestId("cancel-registration-button").ClickAsync();
        await Assertions.Expect(anna.GetByTestId("registration-status")).ToHaveAttributeAsync("data-status", "Cancelled");
        await Assertions.Expect(joost.GetByTestId("registration-status")).ToHaveAttributeAsync("data-status", "Registered");
        await Assertions.Expect(joost.GetByTestId("registration-promoted")).ToBeVisibleAsync();
        await Assertions.Expect(joost.GetByTestId("meeting-link")).ToBeVisibleAsync();
        await Assertions.Expect(claireCard.GetByTestId("seats-left")).ToHaveAttributeAsync("data-seats-left", "0");
        Page = joost;
        await CheckPageAsync("promoted");
        Page = claire;
        await CheckPageAsync("list");

        await using var db = await Contexts.CreateDbContextAsync();
        Assert.Equal(2, await db.Registrations.CountAsync(r => r.GatheringId == id));
    }

    [Fact]
    public async Task A_host_publishes_an_event_through_the_form_and_it_appears_on_an_open_event_list()
    {
        var claire = await SignedInPageAsync("claire@demo.test", "/events");
        await Assertions.Expect(claire.GetByTestId("new-event")).ToHaveCountAsync(0);
        var host = await SignedInPageAsync("host@demo.test", "/events");
        Page = host;
        await CheckPageAsync("list-host");

        await host.GetByTestId("new-event").ClickAsync();
        await host.WaitForURLAsync("**/events/new");
        await host.GetByTestId("event-form-title").FillAsync("Zeeland tidal energy: an online briefing");
        await host.GetByTestId("event-form-description").FillAsync("What **five years** of tidal turbines taught us.");
        await host.GetByTestId("event-form-submit").ClickAsync();
        await Assertions.Expect(host.GetByTestId("event-form-error")).ToBeVisibleAsync(); // no meeting link, no themes, no languages yet
        await CheckPageAsync("form-problems");

        await host.GetByTestId("event-form-meeting-url").FillAsync("https://meet.example.org/zeeland-tidal");
        await host.GetByTestId("event-form-themes").Locator("[data-theme=MitigationEnergy]").ClickAsync();
        await host.GetByTestId("event-form-languages").Locator("[data-language=nl]").ClickAsync();
        await host.GetByTestId("event-form-capacity").FillAsync("40");
        await host.GetByTestId("event-form-cohosts-search").FillAsync("anna pee");
        await host.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Anna Peeters" }).First.ClickAsync();
        await Assertions.Expect(host.GetByTestId("event-form-cohosts-chosen")).ToHaveTextAsync("Anna Peeters");
        // A search still debouncing may open the list again over the submit button: close it, as a person would.
        await host.Keyboard.PressAsync("Escape");
        await Assertions.Expect(host.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await CheckPageAsync("form-cohost");
        await host.GetByTestId("event-form-submit").ClickAsync();
        await host.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/events/\d+$"));
        await Assertions.Expect(host.GetByTestId("event-title")).ToHaveTextAsync("Zeeland tidal energy: an online briefing");
        await Assertions.Expect(host.GetByTestId("meeting-link")).ToBeVisibleAsync();
        await CheckPageAsync("event-page-host");

        await host.GetByTestId("event-edit").ClickAsync();
        await Assertions.Expect(host.GetByTestId("event-form-cohosts-chosen")).ToHaveTextAsync("Anna Peeters"); // the co-host's name, read back
        await host.GoBackAsync();

        var card = claire.GetByTestId("event-card").Filter(new() { HasText = "Zeeland tidal energy: an online briefing" });
        await Assertions.Expect(card).ToHaveCountAsync(1);
        await Assertions.Expect(card.GetByTestId("seats-left")).ToHaveAttributeAsync("data-seats-left", "40");

        // The live demo session carries data-live; the calendar view lists the new event in its month.
        await Assertions.Expect(claire.Locator("[data-testid=event-card][data-live=true]")).ToHaveCountAsync(1);
        Page = claire;
        var icsResponse = await claire.APIRequest.GetAsync(await card.GetAttributeAsync("data-event-id") is { } id ? $"/events/{id}.ics" : "/");
        Assert.Equal(200, icsResponse.Status);
        Assert.DoesNotContain("zeeland-tidal", await icsResponse.TextAsync()); // claire is not registered
    }

    [Fact]
    public async Task The_calendar_view_and_an_unknown_event_answer_and_read_well()
    {
        Page = await SignedInPageAsync("anna@demo.test", "/events?view=calendar");
        await Assertions.Expect(Page.GetByTestId("event-calendar")).ToBeVisibleAsync();
        await CheckPageAsync("calendar");

        var missing = await Page.GotoAsync("/events/999999");
        Assert.Equal(404, missing!.Status);
    }

    private async Task<int> CreateAsHostAsync(GatheringInput input)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var hostId = await db.Users.Where(u => u.Email == "host@demo.test").Select(u => u.Id).SingleAsync();
        var created = await App.Services.GetRequiredService<GatheringService>().CreateAsync(Actor.Member(hostId, Roles.Member, Roles.EventHost), input);
        Assert.True(created.Succeeded);
        return created.GatheringId!.Value;
    }

}
