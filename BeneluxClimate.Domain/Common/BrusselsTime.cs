namespace BeneluxClimate.Domain.Common;

/// <summary>Times are stored in UTC and shown in the network's home time zone, Europe/Brussels.</summary>
public static class BrusselsTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public static DateTimeOffset FromUtc(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    public static DateTimeOffset ToUtc(DateTime brusselsWallClock)
    {
        var unspecified = DateTime.SpecifyKind(brusselsWallClock, DateTimeKind.Unspecified);
        var offset = Zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset).ToUniversalTime();
    }
}
