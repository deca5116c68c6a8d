namespace BeneluxClimate.Domain.Security;

/// <summary>One line of the role change log, with names resolved for display.</summary>
public sealed record RoleChangeEntry(string TargetName, string Role, bool Granted, string ChangedByName, DateTimeOffset AtUtc);
