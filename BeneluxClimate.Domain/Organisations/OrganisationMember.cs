namespace BeneluxClimate.Domain.Organisations;

/// <summary>An active, onboarded member as the organisation page lists them.</summary>
public sealed record OrganisationMember(string UserId, string DisplayName, string Headline, bool IsAdmin);
