namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>That a member entered an event's session room (unique per event and member): the summary's attendance.</summary>
public sealed class RoomEntry
{
    public long Id { get; private set; }
    public int GatheringId { get; set; }
    public string MemberId { get; set; } = "";
    public DateTimeOffset FirstEnteredAtUtc { get; set; }
}
