namespace BeneluxClimate.Domain.Security;

/// <summary>An account as the role administration page lists it.</summary>
public sealed record MemberRoles(string UserId, string DisplayName, string Email, IReadOnlyList<string> Roles);
