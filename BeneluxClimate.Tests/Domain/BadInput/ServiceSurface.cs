using System.Reflection;
using BeneluxClimate.Domain;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BeneluxClimate.Tests.Domain.BadInput;

/// <summary>
/// Every public method of the domain services (as <see cref="DependencyInjection.AddClimateDomain"/> registers them)
/// that takes text, ids, numbers or enums from its caller: found by reflection, so a new method is covered without
/// a change here.
/// </summary>
public static class ServiceSurface
{
    /// <summary>Registered types that are plumbing, not services a page calls with its input.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotServices = new Dictionary<string, string>
    {
        ["ClusterLeases"] = "lease plumbing between nodes; its keys are constants in the code, never input",
        ["WriteRateLimiter"] = "called by the services with the actor's id, never with input",
        ["InProcessLiveBus"] = "the live bus carries the services' own events, never input",
        ["TopicSequenceReader"] = "reads sequence numbers of topics the services name",
        ["DirectoryCountCache"] = "a cache inside MemberDirectory",
        ["PartnershipNotifier"] = "called by the services after a committed write, with their own ids",
        ["NewsReleases"] = "called by its hosted service with the lease length from configuration",
        ["DemoSeeder"] = "seeds demo data at start-up",
        ["DatabaseInitializer"] = "migrates at start-up",
    };

    public static IReadOnlyList<Type> ServiceTypes()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddClimateDomain(new ConfigurationBuilder().Build());
        var domain = typeof(DependencyInjection).Assembly;
        return services
            .Select(d => d.ImplementationType ?? d.ServiceType)
            .Where(t => t.Assembly == domain && !t.IsInterface && !typeof(IHostedService).IsAssignableFrom(t))
            .Where(t => !NotServices.ContainsKey(t.Name))
            .Distinct()
            .OrderBy(t => t.Name)
            .ToList();
    }

    public static IReadOnlyList<MethodInfo> Methods() =>
        ServiceTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition)
            .Where(m => m.GetParameters().Any(p => BadArguments.CarriesInput(p.ParameterType)))
            .OrderBy(m => m.DeclaringType!.Name).ThenBy(m => m.Name).ThenBy(m => m.GetParameters().Length)
            .ToList();

    public static string NameOf(MethodInfo method) =>
        $"{method.DeclaringType!.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})";
}
