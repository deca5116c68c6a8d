using System.Reflection;
using BeneluxClimate.Domain;
using BeneluxClimate.Domain.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Domain.Security.Authorization;

/// <summary>The methods the matrix must account for, found by reflection over the domain's registered services.</summary>
public static class AuthorizationCoverage
{
    public static IReadOnlyList<Type> DomainServices() =>
        new ServiceCollection().AddClimateDomain(new ConfigurationBuilder().Build())
            .Select(descriptor => descriptor.ImplementationType ?? descriptor.ServiceType)
            .Where(type => type.Assembly == typeof(Actor).Assembly && type != typeof(BeneluxClimate.Domain.Common.Commands)) // the standing stage every write begins with, not a resource
            .Distinct()
            .ToList();

    /// <summary>Service.Method for every public method of a domain service that takes an actor.</summary>
    public static IReadOnlySet<string> MethodsTakingAnActor() =>
        PublicMethods().Where(method => method.GetParameters().Any(p => p.ParameterType == typeof(Actor))).Select(Name).ToHashSet();

    /// <summary>Service.Method for every public method of a domain service that takes no actor.</summary>
    public static IReadOnlySet<string> MethodsWithoutAnActor() =>
        PublicMethods().Where(method => method.GetParameters().All(p => p.ParameterType != typeof(Actor))).Select(Name).ToHashSet();

    private static IEnumerable<MethodInfo> PublicMethods() =>
        DomainServices().SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(method => !method.IsSpecialName);

    private static string Name(MethodInfo method) => $"{method.DeclaringType!.Name}.{method.Name}";
}
