using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;

namespace BeneluxClimate.Domain.Live;

/// <summary>Which types a live event may carry, and how their names travel between nodes.</summary>
public static class LivePayloads
{
    /// <summary>Ids and counts sent bare (a withdrawn post's id, a follower count, a member's id).</summary>
    public static readonly FrozenSet<Type> Primitives = new[] { typeof(string), typeof(int), typeof(long) }.ToFrozenSet();

    private static readonly FrozenSet<string> AppAssemblies = new[] { "BeneluxClimate.Domain", "BeneluxClimate.App" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<Type, bool> Allowed = new();
    private static readonly ConcurrentDictionary<string, Type> Resolved = new(StringComparer.Ordinal);

    public static bool IsAllowed(Type type) => Allowed.GetOrAdd(type, t =>
        Primitives.Contains(t) || (t.GetCustomAttribute<LivePayloadAttribute>() is not null && AppAssemblies.Contains(t.Assembly.GetName().Name ?? "")));

    /// <summary>The name the type travels under: "Assembly:Namespace.Type".</summary>
    public static string NameOf(Type type) => IsAllowed(type)
        ? $"{type.Assembly.GetName().Name}:{type.FullName}"
        : throw new ArgumentException($"{type} is not a live payload type: mark it [LivePayload].", nameof(type));

    /// <summary>
    /// The allowed type a name stands for, or null. Looks only among primitives and the app's own assemblies already
    /// loaded in this process; never loads an assembly or a type a message names.
    /// </summary>
    public static Type? Resolve(string name)
    {
        if (Resolved.TryGetValue(name, out var known))
        {
            return known;
        }

        var type = Find(name);
        if (type is not null)
        {
            Resolved.TryAdd(name, type); // only names that resolve, so odd names cannot grow the cache
        }

        return type;
    }

    private static Type? Find(string name)
    {
        var colon = name.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var assemblyName = name[..colon];
        var typeName = name[(colon + 1)..];
        if (assemblyName == typeof(string).Assembly.GetName().Name)
        {
            return Primitives.FirstOrDefault(p => p.FullName == typeName);
        }

        if (!AppAssemblies.Contains(assemblyName))
        {
            return null;
        }

        var assembly = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == assemblyName);
        var type = assembly?.GetType(typeName, throwOnError: false);
        return type is not null && IsAllowed(type) ? type : null;
    }
}
