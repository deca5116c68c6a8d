using System.Diagnostics;
using BeneluxClimate.App.Hosting.Circuits;

namespace BeneluxClimate.Tests.Integration.Circuits;

/// <summary>One circuit's message pacing, on the clock: a burst passes, then the sustained rate, then a script is cut off.</summary>
public sealed class CircuitPaceTests
{
    private static readonly CircuitLimitOptions Limits = new() { EventsPerSecond = 20, EventBurst = 10, ThrottledSecondsBeforeDisconnect = 1 };

    [Fact]
    public async Task A_burst_passes_at_once_and_the_messages_after_it_wait_for_the_rate()
    {
        using var pace = new CircuitPace(Limits);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Limits.EventBurst; i++)
        {
            Assert.True(await pace.WaitTurnAsync());
        }

        var burst = clock.Elapsed;
        for (var i = 0; i < 10; i++)
        {
            Assert.True(await pace.WaitTurnAsync());
        }

        Assert.True(burst < TimeSpan.FromMilliseconds(200), $"the burst took {burst.TotalMilliseconds:F0} ms");
        // Ten more at twenty a second take about half a second (the bucket may hold a token or two earned meanwhile).
        Assert.InRange((clock.Elapsed - burst).TotalMilliseconds, 300, 3000);
        Assert.False(pace.CutOff);
    }

    [Fact]
    public async Task A_script_held_back_past_the_limit_is_cut_off_and_every_later_message_is_refused_at_once()
    {
        using var pace = new CircuitPace(Limits);
        var clock = Stopwatch.StartNew();
        var passed = 0;
        while (await pace.WaitTurnAsync())
        {
            passed++;
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "a flood was never cut off");
        }

        Assert.True(pace.CutOff);
        Assert.InRange(clock.Elapsed.TotalSeconds, 1, 5);
        // The burst and about a second at the rate, not the flood.
        Assert.InRange(passed, Limits.EventBurst + 10, Limits.EventBurst + 80);

        await Task.Delay(2500); // a pause that would forgive a person does not reopen a circuit that was cut off
        var refused = Stopwatch.StartNew();
        Assert.False(await pace.WaitTurnAsync());
        Assert.True(refused.Elapsed < TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public async Task A_person_who_pauses_between_bursts_is_never_cut_off()
    {
        using var pace = new CircuitPace(Limits);
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < Limits.EventBurst + 5; i++)
            {
                Assert.True(await pace.WaitTurnAsync());
            }

            await Task.Delay(2100);
        }

        Assert.False(pace.CutOff);
    }
}
