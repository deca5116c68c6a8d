using System.Net;
using BeneluxClimate.Domain.Gatherings;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Tests.Builders;
using Ical.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Integration;

/// <summary>The calendar files and the attendee CSV over HTTP, as calendar apps and browsers fetch them.</summary>
public sealed class EventEndpointTests
{
    private static ClimateAppFactory NewApp() => new("Production", new() { ["Security:RequireTwoFactorForStaff"] = "false" });

    private static async Task<HttpClient> SignedInClientAsync(ClimateAppFactory app, string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signIn = await client.PostFormAsync("/Account/Login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = DemoSeeder.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    private static async Task<int> LiveEventIdAsync(ClimateAppFactory app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>().CreateDbContextAsync();
        return await db.Gatherings.Where(g => g.RoomState == RoomState.Open).Select(g => g.Id).FirstAsync();
    }

    [Fact]
    public async Task The_public_feed_and_an_event_file_parse_with_the_calendar_library_and_hide_meeting_links_from_visitors()
    {
        await using var app = NewApp();
        var client = app.CreateClient();
        var id = await LiveEventIdAsync(app);

        var feed = await client.GetAsync("/events/feed.ics");
        var file = await client.GetAsync($"/events/{id}.ics");

        Assert.Equal("text/calendar", feed.Content.Headers.ContentType!.MediaType);
        var calendar = Calendar.Load(await feed.Content.ReadAsStringAsync())!;
        Assert.True(calendar.Events.Count >= 6);
        Assert.All(calendar.Events, e => Assert.StartsWith("http://localhost/events/", e.Url!.AbsoluteUri));
        Assert.DoesNotContain("meet.benelux.int", await feed.Content.ReadAsStringAsync());
        var single = Calendar.Load(await file.Content.ReadAsStringAsync())!;
        Assert.Equal(new Uri($"http://localhost/events/{id}"), Assert.Single(single.Events).Url);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/events/999999.ics")).StatusCode);
    }

    [Fact]
    public async Task The_personal_feed_carries_the_members_meeting_links_until_the_token_is_reset()
    {
        await using var app = NewApp();
        var client = app.CreateClient();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>().CreateDbContextAsync();
        var annaId = await db.Users.Where(u => u.Email == "anna@demo.test").Select(u => u.Id).SingleAsync();
        var feeds = app.Services.GetRequiredService<CalendarFeeds>();
        var token = (await feeds.ResetTokenAsync(BeneluxClimate.Domain.Security.Actor.Member(annaId, BeneluxClimate.Domain.Security.Roles.Member))).Value!;

        var personal = await client.GetStringAsync($"/events/feed/{token}.ics");
        Assert.Contains("meet.benelux.int", personal); // anna holds a seat in the live session
        Assert.NotEmpty(Calendar.Load(personal)!.Events);

        await feeds.ResetTokenAsync(BeneluxClimate.Domain.Security.Actor.Member(annaId, BeneluxClimate.Domain.Security.Roles.Member));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/events/feed/{token}.ics")).StatusCode);
    }

    [Fact]
    public async Task The_attendee_csv_is_for_the_events_host_only()
    {
        await using var app = NewApp();
        var id = await LiveEventIdAsync(app);

        var visitor = await app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync($"/events/{id}/attendees.csv");
        var member = await (await SignedInClientAsync(app, "anna@demo.test")).GetAsync($"/events/{id}/attendees.csv");
        var host = await (await SignedInClientAsync(app, "host@demo.test")).GetAsync($"/events/{id}/attendees.csv");

        Assert.Contains("/Account/Login", visitor.Headers.Location!.ToString());
        Assert.NotEqual(HttpStatusCode.OK, member.StatusCode);
        Assert.Equal(HttpStatusCode.OK, host.StatusCode);
        Assert.Equal("text/csv", host.Content.Headers.ContentType!.MediaType);
        var csv = await host.Content.ReadAsStringAsync();
        Assert.Contains("\"Anna Peeters\"", csv);
    }
}
