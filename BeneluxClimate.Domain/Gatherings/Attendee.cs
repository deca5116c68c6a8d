namespace BeneluxClimate.Domain.Gatherings;

/// <summary>One line of the hosts' attendee list.</summary>
public sealed record Attendee(string MemberId, string DisplayName, string? CountryCode, RegistrationStatus Status, DateTimeOffset RequestedAtUtc, int? WaitlistPosition);
