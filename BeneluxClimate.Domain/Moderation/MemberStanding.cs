namespace BeneluxClimate.Domain.Moderation;

/// <summary>
/// A member as the situation room finds them: any account, onboarded or not, hidden or not, with their standing.
/// </summary>
/// <param name="LockedUntilUtc">Suspended until then; <see cref="DateTimeOffset.MaxValue"/> when banned; null when in good standing.</param>
public sealed record MemberStanding(
    string UserId,
    string DisplayName,
    string Email,
    string? CountryCode,
    bool IsOnboarded,
    bool IsHidden,
    DateTimeOffset? LockedUntilUtc)
{
    public bool IsBanned => LockedUntilUtc == DateTimeOffset.MaxValue;
}
