using static BeneluxClimate.Tests.Domain.Security.Authorization.AuthorizationRole;

namespace BeneluxClimate.Tests.Domain.Security.Authorization;

/// <summary>The role sets the table uses most.</summary>
public static class Allow
{
    public static readonly AuthorizationRole[] Everyone = Enum.GetValues<AuthorizationRole>();

    public static readonly AuthorizationRole[] SignedIn = [.. Everyone.Except([Anonymous])];

    public static readonly AuthorizationRole[] Moderators = [Moderator, Admin];

    public static readonly AuthorizationRole[] Admins = [Admin];

    /// <summary>The host of the scenario's events, and admins (who may run any event).</summary>
    public static readonly AuthorizationRole[] Hosts = [EventHost, Admin];

    /// <summary>Who takes part in the scenario's session room: the registered member, the host, moderators and admins.</summary>
    public static readonly AuthorizationRole[] Participants = [Member, EventHost, Moderator, Admin];

    public static AuthorizationRole[] Only(params AuthorizationRole[] roles) => roles;

    public static AuthorizationRole[] SignedInExcept(params AuthorizationRole[] roles) => [.. SignedIn.Except(roles)];
}
