using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Gatherings;
using BeneluxClimate.Domain.Notifications;
using BeneluxClimate.Tests.Builders;
using Ical.Net;

namespace BeneluxClimate.Tests.Domain.Gatherings;

public sealed class CalendarAndReminderTests : GatheringTestBase
{
    private static readonly Uri Site = new("https://climate.example/");

    private CalendarFeeds Feeds => Database.Get<CalendarFeeds>();

    [Fact]
    public async Task The_event_file_parses_with_the_calendar_library_in_utc_with_the_event_link()
    {
        var input = GatheringInputs.Physical() with { StartsAtBrussels = new DateTime(2031, 1, 15, 9, 30, 0), EndsAtBrussels = new DateTime(2031, 1, 15, 17, 0, 0) };
        var id = await CreateAsync(input);

        var text = (await Feeds.EventAsync(Anna, id, Site)).Value!;
        var calendar = Calendar.Load(text)!;

        var vevent = Assert.Single(calendar.Events);
        Assert.Equal("Kick-off in Maastricht", vevent.Summary);
        Assert.Equal(new Uri(Site, $"events/{id}"), vevent.Url);
        Assert.Equal(new DateTime(2031, 1, 15, 8, 30, 0, DateTimeKind.Utc), vevent.Start!.AsUtc); // CET is UTC+1
        Assert.Contains("Maastricht", vevent.Location);
    }

    [Fact]
    public async Task The_personal_feed_adds_meeting_links_of_seats_and_a_reset_token_stops_working()
    {
        var mine = await CreateAsync();
        var other = await CreateAsync(GatheringInputs.Virtual("Other webinar") with { MeetingUrl = "https://meet.example.org/other" });
        await Database.Get<RegistrationService>().RegisterAsync(Anna, mine);

        var publicFeed = Calendar.Load(await Feeds.PublicFeedAsync(Site))!;
        Assert.Equal(2, publicFeed.Events.Count);
        Assert.DoesNotContain("meet.example.org", await Feeds.PublicFeedAsync(Site));

        var token = (await Feeds.ResetTokenAsync(Anna)).Value!;
        var personal = (await Feeds.PersonalFeedAsync(token, Site)).Value!;
        var parsed = Calendar.Load(personal)!;
        Assert.Equal(2, parsed.Events.Count);
        Assert.Contains("https://meet.example.org/scheldt-heat", parsed.Events.Single(e => e.Url == new Uri(Site, $"events/{mine}")).Description);
        Assert.DoesNotContain("meet.example.org/other", personal);

        var newToken = (await Feeds.ResetTokenAsync(Anna)).Value!;
        Assert.Equal(Refusal.NotFound, (await Feeds.PersonalFeedAsync(token, Site)).Refusal);
        Assert.True((await Feeds.PersonalFeedAsync(newToken, Site)).Succeeded);
        Assert.NotEqual(token, newToken);
        Assert.True(await Feeds.HasTokenAsync(Anna));
        _ = other;
    }

    [Fact]
    public async Task Registered_attendees_get_one_reminder_a_day_before()
    {
        var soon = await CreateAsync(GatheringInputs.Virtual(startsUtc: DateTimeOffset.UtcNow.AddHours(20)));
        var later = await CreateAsync(GatheringInputs.Virtual("Later webinar", DateTimeOffset.UtcNow.AddDays(5)));
        var registrations = Database.Get<RegistrationService>();
        await registrations.RegisterAsync(Anna, soon);
        await registrations.RegisterAsync(Joost, soon);
        await registrations.CancelAsync(Joost, soon);
        await registrations.RegisterAsync(Anna, later);

        Assert.Equal(1, await Database.Get<EventReminders>().SendDueAsync());
        Assert.Equal(0, await Database.Get<EventReminders>().SendDueAsync());

        var inbox = (await Database.Get<NotificationService>().InboxAsync(Anna)).Value!;
        var reminder = Assert.Single(inbox.Newest, n => n.Kind == NotificationKind.EventReminder);
        Assert.Equal(soon, reminder.ProposalId);
        Assert.Empty((await Database.Get<NotificationService>().InboxAsync(Joost)).Value!.Newest);
    }
}
