using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Tests.Domain.Security.Authorization;

/// <summary>How a refused role is turned away.</summary>
public enum Denial
{
    /// <summary>NotSignedIn for anonymous visitors, Forbidden for members (<c>actor.Denied()</c>).</summary>
    Refused,

    /// <summary>NotFound: the thing does not exist for this viewer (hidden items, drafts, members-only profiles).</summary>
    Hidden,

    /// <summary>Conflict: the member's own situation rules it out (already in an organisation).</summary>
    Conflict,
}

/// <summary>
/// One service method in one situation (<see cref="Case"/>), how to call it on the scenario, and which roles may.
/// An allowed role's call must succeed; a refused role's call must be turned away as <see cref="Denial"/> says and
/// write nothing.
/// </summary>
public sealed record AuthorizationRow(
    Type Service,
    string MethodName,
    string Case,
    Func<AuthorizationScenario, AuthorizationRole, Task<Refusal?>> Call,
    IReadOnlySet<AuthorizationRole> Allowed,
    Denial Denial)
{
    public string Key => Case.Length == 0 ? Method : $"{Method} ({Case})";

    /// <summary>Service.Method, as <see cref="AuthorizationCoverage"/> names it.</summary>
    public string Method => $"{Service.Name}.{MethodName}";

    public override string ToString() => Key;
}
