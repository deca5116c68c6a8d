using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Gatherings;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Tests.Domain.Gatherings;

public sealed class GatheringServiceTests : GatheringTestBase
{
    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_nothing_is_written()
    {
        var input = GatheringInputs.Virtual();
        var problems = new Dictionary<string, GatheringInput>
        {
            ["MeetingUrl:Required"] = input with { MeetingUrl = null },
            ["MeetingUrl:NotHttpLink"] = input with { MeetingUrl = "javascript:alert(1)" },
            ["EndsAtBrussels:NotAfterStart"] = input with { EndsAtBrussels = input.StartsAtBrussels.AddMinutes(-1) },
            ["RegistrationDeadlineBrussels:NotBeforeEnd"] = input with { RegistrationDeadlineBrussels = input.EndsAtBrussels },
            ["VenueName:Required"] = input with { Format = GatheringFormat.Physical, VenueCountryCode = "BE", VenueAddress = "Rue de la Loi 1" },
            ["VenueCountryCode:Required"] = input with { Format = GatheringFormat.Hybrid, VenueName = "Egmont Palace", VenueAddress = "Place du Petit Sablon 8" },
            ["Capacity:OutOfRange"] = input with { Capacity = 0 },
            ["Languages:Invalid"] = input with { Languages = ["xx"] },
            ["Themes:Required"] = input with { Themes = [] },
            ["Title:TooLong"] = input with { Title = new string('a', Gathering.TitleMaxLength + 1) },
            ["CoHostIds:TooMany"] = input with { CoHostIds = Enumerable.Range(0, 11).Select(i => $"id{i}").ToList() },
            ["CoHostIds:Invalid"] = input with { CoHostIds = ["no-such-member"] },
        };

        foreach (var (expected, bad) in problems)
        {
            var created = await Events.CreateAsync(Host, bad);
            Assert.False(created.Succeeded, expected);
            Assert.Contains(created.Result.Problems!, p => $"{p.Field}:{p.Code}" == expected);
        }

        Assert.Equal(0, await Database.QueryAsync(db => db.Gatherings.CountAsync()));
    }

    [Fact]
    public async Task Only_hosts_and_admins_create_and_a_double_click_creates_one_event_stored_in_utc()
    {
        var input = GatheringInputs.Virtual() with { StartsAtBrussels = new DateTime(2031, 7, 1, 14, 0, 0), EndsAtBrussels = new DateTime(2031, 7, 1, 16, 0, 0) };

        Assert.Equal(Refusal.NotSignedIn, (await Events.CreateAsync(Actor.Anonymous, input)).Result.Refusal);
        Assert.Equal(Refusal.Forbidden, (await Events.CreateAsync(Anna, input)).Result.Refusal);
        Assert.Equal(Refusal.Forbidden, (await Events.CreateAsync(Moderator, input)).Result.Refusal);
        var first = await Events.CreateAsync(Host, input);
        var again = await Events.CreateAsync(Host, input);
        Assert.True((await Events.CreateAsync(Admin, GatheringInputs.Virtual())).Succeeded);

        Assert.Equal(first.GatheringId, again.GatheringId);
        Assert.Equal(2, await Database.QueryAsync(db => db.Gatherings.CountAsync()));
        var stored = await Database.QueryAsync(db => db.Gatherings.SingleAsync(g => g.Id == first.GatheringId));
        Assert.Equal(new DateTimeOffset(2031, 7, 1, 12, 0, 0, TimeSpan.Zero), stored.StartsAtUtc); // CEST is UTC+2
        Assert.Contains("<strong>lessons</strong>", stored.DescriptionHtml);
    }

    [Fact]
    public async Task Co_hosts_edit_others_do_not_and_a_stale_version_is_a_conflict()
    {
        var id = await CreateAsync(GatheringInputs.Virtual() with { CoHostIds = [Claire.UserId!] });
        var form = (await Directory.InputForEditAsync(Claire, id)).Value!;

        Assert.Equal(Refusal.Forbidden, (await Directory.InputForEditAsync(Anna, id)).Refusal);
        Assert.Equal(Refusal.Forbidden, (await Events.UpdateAsync(Anna, id, form with { Title = "Taken over" })).Refusal);
        Assert.True((await Events.UpdateAsync(Claire, id, form with { Title = "Heat networks, second edition" })).Succeeded);
        Assert.Equal(Refusal.Conflict, (await Events.UpdateAsync(Host, id, form with { Title = "Stale" })).Refusal);
        Assert.True((await Events.UpdateAsync(Admin, id, form with { Title = "Fresh", ExpectedVersion = null })).Succeeded);

        Assert.Equal("Fresh", (await Directory.GetAsync(Anna, id)).Value!.View.Title);
    }

    [Fact]
    public async Task A_withdrawn_event_is_seen_only_by_its_hosts_and_moderators()
    {
        var id = await CreateAsync();

        Assert.Equal(Refusal.Forbidden, (await Events.SetWithdrawnAsync(Anna, id, true)).Refusal);
        Assert.True((await Events.SetWithdrawnAsync(Host, id, true)).Succeeded);

        Assert.Equal(Refusal.NotFound, (await Directory.GetAsync(Anna, id)).Refusal);
        Assert.Equal(Refusal.NotFound, (await Directory.GetAsync(Actor.Anonymous, id)).Refusal);
        Assert.True((await Directory.GetAsync(Host, id)).Succeeded);
        Assert.True((await Directory.GetAsync(Moderator, id)).Succeeded);
        Assert.Empty((await Directory.ListAsync(new GatheringQuery())).Value!.Page.Items);
    }

    [Fact]
    public async Task Lists_filter_split_upcoming_from_past_and_fill_a_calendar_month()
    {
        var now = DateTimeOffset.UtcNow;
        var upcoming = await CreateAsync(GatheringInputs.Virtual("Upcoming webinar", now.AddDays(3)));
        var physical = await CreateAsync(GatheringInputs.Physical() with { Languages = ["fr"] });
        var past = await CreateAsync(GatheringInputs.Virtual("Past webinar", now.AddDays(-3)));

        var list = (await Directory.ListAsync(new GatheringQuery())).Value!;
        Assert.Equal([upcoming, physical], list.Page.Items.Select(c => c.Id));
        Assert.Equal([past], (await Directory.ListAsync(new GatheringQuery(Past: true))).Value!.Page.Items.Select(c => c.Id));
        Assert.Equal([physical], (await Directory.ListAsync(new GatheringQuery(Country: "NL"))).Value!.Page.Items.Select(c => c.Id));
        Assert.Equal([physical], (await Directory.ListAsync(new GatheringQuery(Language: "fr"))).Value!.Page.Items.Select(c => c.Id));
        Assert.Equal([upcoming], (await Directory.ListAsync(new GatheringQuery(Format: GatheringFormat.Virtual))).Value!.Page.Items.Select(c => c.Id));
        Assert.Equal(Refusal.InvalidInput, (await Directory.ListAsync(new GatheringQuery(Country: "XX"))).Refusal);

        var month = DateOnly.FromDateTime(BrusselsTime.FromUtc(now.AddDays(3)).DateTime);
        var calendar = (await Directory.ListAsync(new GatheringQuery(Month: new DateOnly(month.Year, month.Month, 1)))).Value!;
        Assert.Contains(calendar.Page.Items, c => c.Id == upcoming);
    }

    [Fact]
    public async Task Creating_publishes_the_card_on_the_list_topic_with_its_sequence()
    {
        var bus = Database.Get<ILiveBus>();
        var seen = new TaskCompletionSource<LiveEvent>();
        using var subscription = bus.Subscribe(LiveTopics.Events, e => { seen.TrySetResult(e); return Task.CompletedTask; }, () => Task.CompletedTask);

        var id = await CreateAsync();

        var published = await seen.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(GatheringEvents.GatheringPublished, published.Kind);
        Assert.Equal(id, ((GatheringCard)published.Payload).Id);
        Assert.Equal(await Database.QueryAsync(db => db.CurrentSequenceAsync(LiveTopics.Events)), published.Sequence);
    }
}
