using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Tests.Domain.Common;

public sealed class BrusselsTimeTests
{
    [Fact]
    public void Summer_and_winter_times_are_shown_with_the_right_offset()
    {
        var summer = BrusselsTime.FromUtc(new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero));
        var winter = BrusselsTime.FromUtc(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

        Assert.Equal((12, TimeSpan.FromHours(2)), (summer.Hour, summer.Offset));
        Assert.Equal((11, TimeSpan.FromHours(1)), (winter.Hour, winter.Offset));
    }

    [Fact]
    public void A_Brussels_wall_clock_time_converts_to_utc()
    {
        var utc = BrusselsTime.ToUtc(new DateTime(2026, 3, 29, 9, 30, 0));

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 7, 30, 0, TimeSpan.Zero), utc);
    }
}
