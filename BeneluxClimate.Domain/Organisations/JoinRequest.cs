namespace BeneluxClimate.Domain.Organisations;

/// <summary>A pending request to join, shown to the organisation's admins. <see cref="IsOnboarded"/> says whether a member page exists.</summary>
public sealed record JoinRequest(long MembershipId, string UserId, string DisplayName, string Headline, bool IsOnboarded, DateTimeOffset RequestedAtUtc);
