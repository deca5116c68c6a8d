namespace BeneluxClimate.Domain.Gatherings;

/// <summary>
/// One event for one viewer: the public view, the meeting link when the viewer is registered or hosts, the viewer's
/// own registration, and what they may do.
/// </summary>
public sealed record GatheringDetails(
    GatheringView View,
    string? MeetingUrl,
    MemberRegistration? Mine,
    bool IsSignedIn,
    bool MayEdit,
    bool MaySeeAttendees);
