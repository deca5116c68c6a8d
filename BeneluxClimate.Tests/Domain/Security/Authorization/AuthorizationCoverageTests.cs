namespace BeneluxClimate.Tests.Domain.Security.Authorization;

/// <summary>The table keeps up with the services: a new method without a row fails here, and so does a stale row.</summary>
public sealed class AuthorizationCoverageTests
{
    [Fact]
    public void Every_service_method_taking_an_actor_has_a_row()
    {
        var missing = AuthorizationCoverage.MethodsTakingAnActor().Except(AuthorizationTable.Rows.Select(row => row.Method)).Order().ToList();
        Assert.True(missing.Count == 0, "Add rows to AuthorizationTable for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_row_names_a_service_method_taking_an_actor()
    {
        var stale = AuthorizationTable.Rows.Select(row => row.Method).Except(AuthorizationCoverage.MethodsTakingAnActor()).Order().ToList();
        Assert.True(stale.Count == 0, "Rows naming no service method that takes an actor: " + string.Join(", ", stale));
    }

    [Fact]
    public void Every_row_has_a_name_of_its_own() =>
        Assert.Empty(AuthorizationTable.Rows.GroupBy(row => row.Key).Where(group => group.Count() > 1).Select(group => group.Key));

    [Fact]
    public void Every_service_method_without_an_actor_says_why_it_needs_none()
    {
        var unexplained = AuthorizationCoverage.MethodsWithoutAnActor().Except(AuthorizationTable.WithoutActor.Keys).Order().ToList();
        Assert.True(unexplained.Count == 0, "Say in AuthorizationTable.WithoutActor why these need no actor: " + string.Join(", ", unexplained));
    }

    [Fact]
    public void Every_explanation_names_a_service_method_without_an_actor()
    {
        var stale = AuthorizationTable.WithoutActor.Keys.Except(AuthorizationCoverage.MethodsWithoutAnActor()).Order().ToList();
        Assert.True(stale.Count == 0, "Explanations naming no service method without an actor: " + string.Join(", ", stale));
    }
}
