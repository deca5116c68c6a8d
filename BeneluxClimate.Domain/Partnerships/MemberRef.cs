using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Partnerships;

/// <summary>
/// A member as a discussion shows them: name, country and organisation. A deleted account shows as a former member
/// (<see cref="UserId"/> null).
/// </summary>
public sealed record MemberRef(string? UserId, string DisplayName, string? CountryCode, ActorType? ActorType, string? OrganisationName)
{
    public static MemberRef Former { get; } = new(null, "", null, null, null);

    public bool IsFormer => UserId is null;
}
