using System.Reflection;
using CsCheck;
using Xunit.Abstractions;

namespace BeneluxClimate.Tests.Domain.BadInput;

/// <summary>
/// Every domain service method that takes text or ids, called by an ordinary member with random Unicode, control
/// characters, 1 MB strings, extreme numbers, undefined enum values and ids that do not exist or belong to others:
/// each call ends in success or a refusal, never an exception, and a refused call writes nothing.
/// </summary>
public class BadInputTests(BadInputDatabase fixture, ITestOutputHelper output) : IClassFixture<BadInputDatabase>
{
    /// <summary>Enough cases per method to reach every kind of bad value; the Long run tries many more.</summary>
    private const int CasesPerMethod = 25;

    /// <summary>Methods the engine cannot build arguments for, each with the reason (none today).</summary>
    private static readonly IReadOnlyDictionary<string, string> NotBuilt = new Dictionary<string, string>();

    public static TheoryData<string> MethodNames() => [.. ServiceSurface.Methods().Select(ServiceSurface.NameOf)];

    [Fact]
    public void Every_service_method_with_input_can_be_generated_or_is_listed_with_a_reason()
    {
        var engine = new BadArguments(fixture.Member, fixture.KnownUserIds);
        var unbuilt = ServiceSurface.Methods()
            .Select(m => (Name: ServiceSurface.NameOf(m), Problem: engine.CannotBuild(m)))
            .Where(m => m.Problem is not null && !NotBuilt.ContainsKey(m.Name))
            .Select(m => $"{m.Name}: {m.Problem}")
            .ToList();

        Assert.True(ServiceSurface.Methods().Count > 40, "the surface scan found too few methods; is it still looking at the services?");
        Assert.Empty(unbuilt);
    }

    [Theory]
    [MemberData(nameof(MethodNames))]
    public void Bad_input_ends_in_success_or_a_refusal_that_changes_nothing(string method) =>
        Check(method, CasesPerMethod);

    [Theory]
    [Trait("Category", "Long")]
    [MemberData(nameof(MethodNames))]
    public void Bad_input_long_run(string method) => Check(method, 400);

    private void Check(string name, int cases)
    {
        var method = ServiceSurface.Methods().Single(m => ServiceSurface.NameOf(m) == name);
        if (NotBuilt.ContainsKey(name))
        {
            return;
        }

        var service = fixture.Database.Services.GetService(method.DeclaringType!)!;
        var engine = new BadArguments(fixture.Member, fixture.KnownUserIds);
        var outcomes = new Dictionary<string, int>();
        engine.ArgumentsOf(method).Sample(
            arguments =>
            {
                var outcome = CallOnce(service, method, arguments).GetAwaiter().GetResult();
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            },
            iter: cases,
            threads: 1,
            print: ServiceCall.Describe);
        output.WriteLine(string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key}: {o.Value}")));
    }

    /// <summary>One call; returns its outcome ("success" or the refusal) for the tally in the test output.</summary>
    private async Task<string> CallOnce(object service, MethodInfo method, object?[] arguments)
    {
        var before = fixture.DataVersion();
        var refusal = await ServiceCall.InvokeAsync(service, method, arguments);
        if (refusal is not null)
        {
            Assert.True(before == fixture.DataVersion(), $"refused with {refusal} but wrote to the database");
        }

        return refusal?.ToString() ?? "success";
    }
}
