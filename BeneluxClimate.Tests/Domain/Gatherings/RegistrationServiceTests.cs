using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Gatherings;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Notifications;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Tests.Domain.Gatherings;

public sealed class RegistrationServiceTests : GatheringTestBase
{
    [Fact]
    public async Task At_capacity_members_wait_in_order_and_the_first_waiting_is_promoted_and_told_when_a_seat_frees()
    {
        var id = await CreateAsync(GatheringInputs.Virtual(capacity: 1));

        Assert.Equal(RegistrationStatus.Registered, (await Registrations.RegisterAsync(Anna, id)).Registration!.Status);
        var joost = (await Registrations.RegisterAsync(Joost, id)).Registration!;
        var claire = (await Registrations.RegisterAsync(Claire, id)).Registration!;
        Assert.Equal((RegistrationStatus.Waitlisted, 1), (joost.Status, joost.WaitlistPosition!.Value));
        Assert.Equal((RegistrationStatus.Waitlisted, 2), (claire.Status, claire.WaitlistPosition!.Value));

        Assert.True((await Registrations.CancelAsync(Anna, id)).Succeeded);

        Assert.Equal(RegistrationStatus.Registered, (await Registrations.MineAsync(Joost, id))!.Status);
        Assert.Equal(1, (await Registrations.MineAsync(Claire, id))!.WaitlistPosition);
        Assert.Equal(RegistrationStatus.Cancelled, (await Registrations.MineAsync(Anna, id))!.Status);
        var counters = await Database.QueryAsync(db => db.Gatherings.Where(g => g.Id == id).Select(g => new { g.RegisteredCount, g.WaitlistCount }).SingleAsync());
        Assert.Equal((1, 1), (counters.RegisteredCount, counters.WaitlistCount));
        var inbox = (await Database.Get<NotificationService>().InboxAsync(Joost)).Value!;
        Assert.Contains(inbox.Newest, n => n.Kind == NotificationKind.WaitlistPromoted && n.ProposalId == id);

        // Registering again reuses the cancelled row and joins the back of the waitlist.
        Assert.Equal(RegistrationStatus.Waitlisted, (await Registrations.RegisterAsync(Anna, id)).Registration!.Status);
        Assert.Equal(3, await Database.QueryAsync(db => db.Registrations.CountAsync(r => r.GatheringId == id)));
    }

    [Fact]
    public async Task More_seats_from_an_edit_promote_the_waitlist()
    {
        var id = await CreateAsync(GatheringInputs.Virtual(capacity: 1));
        await Registrations.RegisterAsync(Anna, id);
        await Registrations.RegisterAsync(Joost, id);

        var form = (await Directory.InputForEditAsync(Host, id)).Value!;
        Assert.True((await Events.UpdateAsync(Host, id, form with { Capacity = 2 })).Succeeded);

        Assert.Equal(RegistrationStatus.Registered, (await Registrations.MineAsync(Joost, id))!.Status);
        Assert.Equal(0, (await Directory.GetAsync(Anna, id)).Value!.View.SeatsLeft);
    }

    [Fact]
    public async Task One_registration_per_member_even_when_the_same_member_registers_many_times_at_once()
    {
        var id = await CreateAsync(GatheringInputs.Virtual(capacity: 5));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Registrations.RegisterAsync(Anna, id))));

        Assert.All(outcomes, o => Assert.Equal(RegistrationStatus.Registered, o.Registration?.Status));
        Assert.Equal(1, await Database.QueryAsync(db => db.Registrations.CountAsync(r => r.GatheringId == id)));
        Assert.Equal(1, await Database.QueryAsync(db => db.Gatherings.Where(g => g.Id == id).Select(g => g.RegisteredCount).SingleAsync()));
    }

    [Fact]
    public async Task Two_members_taking_the_last_seat_at_once_do_not_both_get_it()
    {
        var id = await CreateAsync(GatheringInputs.Virtual(capacity: 1));

        var outcomes = await Task.WhenAll(new[] { Anna, Joost, Claire }.Select(m => Task.Run(() => Registrations.RegisterAsync(m, id))));

        Assert.Single(outcomes, o => o.Registration!.Status == RegistrationStatus.Registered);
        Assert.Equal([1, 2], outcomes.Where(o => o.Registration!.Status == RegistrationStatus.Waitlisted).Select(o => o.Registration!.WaitlistPosition!.Value).Order());
        var counters = await Database.QueryAsync(db => db.Gatherings.Where(g => g.Id == id).Select(g => new { g.RegisteredCount, g.WaitlistCount }).SingleAsync());
        Assert.Equal((1, 2), (counters.RegisteredCount, counters.WaitlistCount));
    }

    [Fact]
    public async Task Registration_closes_at_the_deadline()
    {
        var starts = DateTimeOffset.UtcNow.AddDays(2);
        var input = GatheringInputs.Virtual(startsUtc: starts) with { RegistrationDeadlineBrussels = BrusselsTime.FromUtc(DateTimeOffset.UtcNow.AddMinutes(-5)).DateTime };
        var id = await CreateAsync(input);

        var outcome = await Registrations.RegisterAsync(Anna, id);

        Assert.Contains(outcome.Result.Problems!, p => p is { Field: "Registration", Code: "Closed" });
        Assert.Equal(0, await Database.QueryAsync(db => db.Registrations.CountAsync()));
    }

    [Fact]
    public async Task The_meeting_link_is_shown_to_seated_attendees_and_hosts_only()
    {
        var id = await CreateAsync(GatheringInputs.Virtual(capacity: 1));
        await Registrations.RegisterAsync(Anna, id);
        await Registrations.RegisterAsync(Joost, id);

        Assert.Equal("https://meet.example.org/scheldt-heat", (await Directory.GetAsync(Anna, id)).Value!.MeetingUrl);
        Assert.Equal("https://meet.example.org/scheldt-heat", (await Directory.GetAsync(Host, id)).Value!.MeetingUrl);
        Assert.Null((await Directory.GetAsync(Joost, id)).Value!.MeetingUrl); // waitlisted
        Assert.Null((await Directory.GetAsync(Claire, id)).Value!.MeetingUrl);
        Assert.Null((await Directory.GetAsync(Actor.Anonymous, id)).Value!.MeetingUrl);
        var ics = (await Database.Get<CalendarFeeds>().EventAsync(Claire, id, new Uri("https://climate.example/"))).Value!;
        Assert.DoesNotContain("meet.example.org", ics);
    }

    [Fact]
    public async Task Hosts_export_attendees_as_formula_safe_csv_and_others_are_refused()
    {
        var id = await CreateAsync();
        var mallory = Actor.Member(await Database.AddMemberAsync("=HYPERLINK(\"http://evil\")", "mallory@example.test"), Roles.Member);
        await Registrations.RegisterAsync(mallory, id);
        await Registrations.RegisterAsync(Anna, id);

        Assert.Equal(Refusal.Forbidden, (await Registrations.AttendeesCsvAsync(Anna, id)).Refusal);
        Assert.Equal(Refusal.Forbidden, (await Registrations.AttendeesAsync(Joost, id)).Refusal);
        var csv = (await Registrations.AttendeesCsvAsync(Host, id)).Value!;

        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", csv);
        Assert.Contains("\"Anna Peeters\"", csv);
        Assert.Equal(2, (await Registrations.AttendeesAsync(Host, id)).Value!.Count);
    }

    [Fact]
    public async Task A_registration_is_recorded_in_the_moderators_activity_feed()
    {
        var id = await CreateAsync();

        await Registrations.RegisterAsync(Anna, id);

        Assert.Equal(1, await Database.QueryAsync(db => db.ActivityEntries.CountAsync(e => e.Kind == ActivityKind.RegistrationMade)));
    }

    [Fact]
    public async Task A_promotion_reaches_the_promoted_member_only_and_seats_reach_everybody()
    {
        var id = await CreateAsync(GatheringInputs.Virtual(capacity: 1));
        await Registrations.RegisterAsync(Anna, id);
        await Registrations.RegisterAsync(Joost, id);
        var events = new List<LiveEvent>();
        var promoted = new TaskCompletionSource();
        // The bus delivers off the writer's path: the registrations' own events may still arrive after subscribing.
        var before = await Database.QueryAsync(db => db.CurrentSequenceAsync(LiveTopics.Event(id)));
        using var subscription = Database.Get<ILiveBus>().Subscribe(LiveTopics.Event(id), e =>
        {
            if (e.Sequence <= before)
            {
                return Task.CompletedTask;
            }

            lock (events)
            {
                events.Add(e);
            }

            if (e.Kind == GatheringEvents.RegistrationChanged && ((MemberRegistration)e.Payload).MemberId == Joost.UserId)
            {
                promoted.TrySetResult();
            }

            return Task.CompletedTask;
        }, () => Task.CompletedTask);

        await Registrations.CancelAsync(Anna, id);
        await promoted.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var change = events.Single(e => e.Kind == GatheringEvents.RegistrationChanged && ((MemberRegistration)e.Payload).MemberId == Joost.UserId);
        Assert.True(change.Audience.CanSee(Joost));
        Assert.False(change.Audience.CanSee(Claire));
        Assert.Equal("https://meet.example.org/scheldt-heat", ((MemberRegistration)change.Payload).MeetingUrl);
        var seats = events.Single(e => e.Kind == GatheringEvents.SeatsChanged);
        Assert.Equal(0, ((SeatsStatus)seats.Payload).SeatsLeft);
        Assert.Equal(events.Select(e => e.Sequence), events.Select(e => e.Sequence).Order()); // numbered in publishing order, no gaps
        Assert.Equal(events.Count - 1, events.Last().Sequence - events.First().Sequence);
    }
}
