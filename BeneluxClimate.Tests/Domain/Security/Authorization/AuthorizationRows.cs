using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Security;

namespace BeneluxClimate.Tests.Domain.Security.Authorization;

/// <summary>Builds the rows of one service: <c>rows.Row("Method", call, allowed)</c>.</summary>
public sealed class AuthorizationRows<TService>
    where TService : notnull
{
    private readonly List<AuthorizationRow> rows = [];

    public IReadOnlyList<AuthorizationRow> All => rows;

    public AuthorizationRows<TService> Row(string method, Func<TService, AuthorizationScenario, Actor, Task<Refusal?>> call, IEnumerable<AuthorizationRole> allowed) =>
        Add(method, "", call, allowed, Denial.Refused);

    public AuthorizationRows<TService> Row(string method, string situation, Func<TService, AuthorizationScenario, Actor, Task<Refusal?>> call, IEnumerable<AuthorizationRole> allowed) =>
        Add(method, situation, call, allowed, Denial.Refused);

    /// <summary>A read that answers NotFound to those who may not see the thing.</summary>
    public AuthorizationRows<TService> Hidden(string method, string situation, Func<TService, AuthorizationScenario, Actor, Task<Refusal?>> call, IEnumerable<AuthorizationRole> allowed) =>
        Add(method, situation, call, allowed, Denial.Hidden);

    /// <summary>A command that some roles cannot take because of their own situation (Conflict), not their rights.</summary>
    public AuthorizationRows<TService> Situational(string method, string situation, Func<TService, AuthorizationScenario, Actor, Task<Refusal?>> call, IEnumerable<AuthorizationRole> allowed) =>
        Add(method, situation, call, allowed, Denial.Conflict);

    private AuthorizationRows<TService> Add(
        string method, string situation, Func<TService, AuthorizationScenario, Actor, Task<Refusal?>> call, IEnumerable<AuthorizationRole> allowed, Denial denial)
    {
        rows.Add(new AuthorizationRow(typeof(TService), method, situation,
            (scenario, role) => call(scenario.Get<TService>(), scenario, scenario.ActorFor(role)), allowed.ToHashSet(), denial));
        return this;
    }
}
