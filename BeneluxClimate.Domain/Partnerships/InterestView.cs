namespace BeneluxClimate.Domain.Partnerships;

/// <summary>An expression of interest as the proposal page lists it; the message is for the author only.</summary>
public sealed record InterestView(long Id, MemberRef Member, InterestStatus Status, string? Message, DateTimeOffset CreatedAtUtc);
