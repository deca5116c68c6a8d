using BeneluxClimate.Domain.Gatherings;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser.Events;

/// <summary>The host and two registered attendees in one live session room, each on their own screen.</summary>
public sealed class SessionRoomTests(BrowserFixture browser) : BrowserTest(browser)
{
    private IDbContextFactory<ClimateDbContext> Contexts => App.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>();

    private async Task<string> UserIdAsync(string email)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    [Fact]
    public async Task Questions_upvotes_polls_and_closing_reach_every_screen_without_reload()
    {
        var id = await Contexts.AddGatheringAsync(await UserIdAsync("host@demo.test"), RoomState.NotOpened,
            registered: [await UserIdAsync("anna@demo.test"), await UserIdAsync("joost@demo.test")]);
        var host = await SignedInPageAsync("host@demo.test", $"/events/{id}/live");
        var anna = await SignedInPageAsync("anna@demo.test", $"/events/{id}/live");
        var joost = await SignedInPageAsync("joost@demo.test", $"/events/{id}/live");
        var everyone = new[] { host, anna, joost };

        // Before the host opens the room, attendees wait; the host sees the Open button.
        await Assertions.Expect(anna.GetByTestId("session-not-open")).ToBeVisibleAsync();
        Page = host;
        await CheckPageAsync("host-not-open");
        await host.GetByTestId("room-open").ClickAsync();
        foreach (var page in everyone)
        {
            await Assertions.Expect(page.GetByTestId("room-state")).ToHaveAttributeAsync("data-state", "Open");
            await Assertions.Expect(page.GetByTestId("attendee-count")).ToHaveTextAsync("3");
        }

        await Assertions.Expect(anna.GetByTestId("question-input")).ToBeVisibleAsync();

        // A question asked by one appears on the other screens.
        await anna.GetByTestId("question-input").FillAsync("Can Luxembourg join the Scheldt heat network pilot?");
        await anna.GetByTestId("question-submit").ClickAsync();
        foreach (var page in everyone)
        {
            await Assertions.Expect(page.GetByTestId("question")).ToHaveCountAsync(1);
            await Assertions.Expect(page.GetByTestId("question")).ToContainTextAsync("Scheldt heat network pilot");
        }

        // An upvote changes the count everywhere; a second click is not possible and would change nothing.
        await joost.GetByTestId("upvote-button").ClickAsync();
        foreach (var page in everyone)
        {
            await Assertions.Expect(page.GetByTestId("vote-count")).ToHaveTextAsync("1");
        }

        await Assertions.Expect(joost.GetByTestId("upvote-button")).ToHaveAttributeAsync("aria-pressed", "true");
        Page = anna;
        await CheckPageAsync("attendee-question");

        // The host prepares and opens a poll; an attendee votes and the bars move on every screen.
        await host.GetByTestId("poll-new").ClickAsync();
        await host.GetByTestId("poll-question-input").FillAsync("Which border region should pilot first?");
        await host.GetByTestId("poll-options-input").FillAsync("Scheldt estuary\nMeuse-Rhine\nGreater Region");
        await host.GetByTestId("poll-create").ClickAsync();
        await Assertions.Expect(host.GetByTestId("poll")).ToHaveAttributeAsync("data-state", "Draft");
        await Assertions.Expect(anna.GetByTestId("poll")).ToHaveCountAsync(0);
        await host.GetByTestId("poll-open").ClickAsync();
        foreach (var page in everyone)
        {
            await Assertions.Expect(page.GetByTestId("poll")).ToHaveAttributeAsync("data-state", "Open");
        }

        await joost.GetByTestId("poll-vote").Nth(1).ClickAsync();
        foreach (var page in everyone)
        {
            var option = page.GetByTestId("poll-option").Nth(1);
            await Assertions.Expect(option).ToHaveAttributeAsync("data-votes", "1");
            await Assertions.Expect(option.GetByTestId("poll-option-count")).ToHaveTextAsync("1");
            await Assertions.Expect(option.Locator("[role=progressbar]")).ToHaveAttributeAsync("aria-valuenow", "100");
        }

        await Assertions.Expect(joost.GetByTestId("poll-voted")).ToBeVisibleAsync();
        Page = joost;
        await CheckPageAsync("attendee-poll");

        // Chat reaches the others too.
        await anna.GetByTestId("chat-input").FillAsync("Goedemiddag uit Antwerpen!");
        await anna.GetByTestId("chat-submit").ClickAsync();
        await Assertions.Expect(host.GetByTestId("chat-message")).ToContainTextAsync("Goedemiddag uit Antwerpen!");

        // The host closes the room: read-only everywhere, with the summary.
        await host.GetByTestId("room-close").ClickAsync();
        await host.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Close the room" }).ClickAsync();
        foreach (var page in everyone)
        {
            await Assertions.Expect(page.GetByTestId("session-closed")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("question-input")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByTestId("upvote-button")).ToBeDisabledAsync();
            await Assertions.Expect(page.GetByTestId("poll")).ToHaveAttributeAsync("data-state", "Closed");
            await Assertions.Expect(page.GetByTestId("summary-attendance")).ToHaveTextAsync("3");
        }

        Page = anna;
        await CheckPageAsync("attendee-closed");

        // The event page shows the same summary, and it starts a partnership proposal prefilled from what the session produced.
        await anna.GotoAsync($"/events/{id}");
        await Assertions.Expect(anna.GetByTestId("session-summary")).ToBeVisibleAsync();
        await Assertions.Expect(anna.GetByTestId("summary-attendance")).ToHaveTextAsync("3");
        await Assertions.Expect(anna.GetByTestId("summary-question")).ToContainTextAsync("Scheldt heat network pilot");
        await Assertions.Expect(anna.GetByTestId("summary-poll")).ToHaveCountAsync(1);
        await CheckPageAsync("event-page-summary");
        await anna.GetByTestId("summary-proposal").ClickAsync();
        await anna.WaitForURLAsync($"**/proposals/new?fromEvent={id}");
        await Assertions.Expect(anna.GetByTestId("proposal-form-title")).ToHaveValueAsync("Follow-up: Cross-border heat networks: live Q&A");
        await Assertions.Expect(anna.GetByTestId("proposal-form-body")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Scheldt heat network pilot"));
        await CheckPageAsync("proposal-prefilled");
    }

    [Fact]
    public async Task A_host_hides_a_chat_line_and_its_author_sees_why_while_the_others_lose_it()
    {
        var id = await Contexts.AddGatheringAsync(await UserIdAsync("host@demo.test"), RoomState.Open,
            registered: [await UserIdAsync("anna@demo.test"), await UserIdAsync("joost@demo.test")]);
        var host = await SignedInPageAsync("host@demo.test", $"/events/{id}/live");
        var anna = await SignedInPageAsync("anna@demo.test", $"/events/{id}/live");
        var joost = await SignedInPageAsync("joost@demo.test", $"/events/{id}/live");
        await anna.GetByTestId("chat-input").FillAsync("Visit my shop for cheap solar panels");
        await anna.GetByTestId("chat-submit").ClickAsync();
        await Assertions.Expect(joost.GetByTestId("chat-message")).ToContainTextAsync("cheap solar panels");

        await host.GetByTestId("chat-hide").ClickAsync();
        await host.GetByTestId("hide-reason").And(host.Locator("[data-reason=Spam]")).ClickAsync();

        await Assertions.Expect(joost.GetByTestId("chat-message")).ToHaveCountAsync(0);
        await Assertions.Expect(host.GetByTestId("chat-message")).ToContainTextAsync("Message hidden");
        await Assertions.Expect(anna.GetByTestId("chat-hidden")).ToBeVisibleAsync();
        await Assertions.Expect(anna.GetByTestId("hidden-statement")).ToContainTextAsync("Spam");
        await Assertions.Expect(anna.GetByTestId("hidden-statement")).ToContainTextAsync("host of the session");
        await Assertions.Expect(anna.GetByTestId("appeal-button")).ToBeVisibleAsync();
        Page = anna;
        await CheckPageAsync("author-hidden-chat");
    }

    [Fact]
    public async Task A_member_who_is_not_registered_is_sent_to_the_event_page_to_register()
    {
        var id = await Contexts.AddGatheringAsync(await UserIdAsync("host@demo.test"), RoomState.Open, registered: [await UserIdAsync("anna@demo.test")]);
        Page = await SignedInPageAsync("claire@demo.test", $"/events/{id}/live");

        await Assertions.Expect(Page.GetByTestId("session-not-registered")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("session-register-link")).ToHaveAttributeAsync("href", $"events/{id}");
        await Assertions.Expect(Page.GetByTestId("question-input")).ToHaveCountAsync(0);
        await CheckPageAsync("not-registered");
    }
}
