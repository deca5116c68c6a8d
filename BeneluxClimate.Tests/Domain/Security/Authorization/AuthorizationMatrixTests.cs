using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Security;

namespace BeneluxClimate.Tests.Domain.Security.Authorization;

/// <summary>Every row of <see cref="AuthorizationTable"/> against every role, each on a database of its own.</summary>
public sealed class AuthorizationMatrixTests
{
    public static TheoryData<string, AuthorizationRole> Cases()
    {
        var cases = new TheoryData<string, AuthorizationRole>();
        foreach (var row in AuthorizationTable.Rows)
        {
            foreach (var role in Enum.GetValues<AuthorizationRole>())
            {
                cases.Add(row.Key, role);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Role_is_allowed_or_turned_away_as_the_table_says(string row, AuthorizationRole role)
    {
        var entry = AuthorizationTable.Rows.Single(r => r.Key == row);
        await using var scenario = await AuthorizationScenario.CreateAsync();
        var before = scenario.DataVersion();

        var refusal = await entry.Call(scenario, role);

        if (entry.Allowed.Contains(role))
        {
            Assert.True(refusal is null, $"{row} should let {role} through, but answered {refusal}");
        }
        else
        {
            var denials = Denials(entry.Denial, scenario.ActorFor(role));
            Assert.True(denials.Contains(refusal), $"{row} should turn {role} away with {string.Join(" or ", denials)}, but answered {refusal?.ToString() ?? "OK"}");
            Assert.True(before == scenario.DataVersion(), $"{row} turned {role} away but wrote to the database");
        }
    }

    private static Refusal?[] Denials(Denial denial, Actor actor) => denial switch
    {
        Denial.Hidden when !actor.IsSignedIn => [Refusal.NotFound, Refusal.NotSignedIn],
        Denial.Hidden => [Refusal.NotFound],
        Denial.Conflict when !actor.IsSignedIn => [Refusal.NotSignedIn],
        Denial.Conflict => [Refusal.Conflict],
        _ => [actor.Denied()],
    };
}
