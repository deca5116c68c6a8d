using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Tests.Domain.Live;

/// <summary>Every [LivePayload] type of the app's assemblies, and an instance of each with no default values in it.</summary>
public static class LivePayloadSamples
{
    public static IReadOnlyList<Type> AllTypes { get; } =
        [.. new[] { typeof(LiveEvent).Assembly, typeof(BeneluxClimate.App.Live.PresenceTracker).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.GetCustomAttribute<LivePayloadAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    public static object Of(Type type) => Sample(type, depth: 0);

    private static object Sample(Type type, int depth)
    {
        if (depth > 6)
        {
            throw new InvalidOperationException($"{type} nests too deeply for a sample.");
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        if (Simple(type) is { } simple)
        {
            return simple;
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).Cast<object>().Last();
        }

        if (type.IsArray)
        {
            var array = Array.CreateInstance(type.GetElementType()!, 1);
            array.SetValue(Sample(type.GetElementType()!, depth + 1), 0);
            return array;
        }

        if (type.IsGenericType && Collection(type, depth) is { } collection)
        {
            return collection;
        }

        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"{type} has no public constructor to build a sample with.");
        return constructor.Invoke([.. constructor.GetParameters().Select(p => Sample(p.ParameterType, depth + 1))]);
    }

    private static object? Simple(Type type) => type switch
    {
        _ when type == typeof(string) => "text-" + type.Name,
        _ when type == typeof(int) => 7,
        _ when type == typeof(long) => 8_000_000_000L,
        _ when type == typeof(short) => (short)9,
        _ when type == typeof(bool) => true,
        _ when type == typeof(double) => 1.5,
        _ when type == typeof(decimal) => 2.25m,
        _ when type == typeof(Guid) => new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"),
        _ when type == typeof(DateTimeOffset) => new DateTimeOffset(2026, 5, 4, 3, 2, 1, TimeSpan.Zero),
        _ when type == typeof(DateTime) => new DateTime(2026, 5, 4, 3, 2, 1, DateTimeKind.Utc),
        _ when type == typeof(DateOnly) => new DateOnly(2026, 5, 4),
        _ when type == typeof(TimeOnly) => new TimeOnly(3, 2, 1),
        _ when type == typeof(TimeSpan) => TimeSpan.FromMinutes(90),
        _ => null,
    };

    private static object? Collection(Type type, int depth)
    {
        var definition = type.GetGenericTypeDefinition();
        var arguments = type.GetGenericArguments();
        if (arguments.Length == 1 && definition == typeof(ImmutableArray<>))
        {
            var create = typeof(ImmutableArray).GetMethods()
                .Single(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters() is [{ ParameterType.IsGenericParameter: true }])
                .MakeGenericMethod(arguments);
            return create.Invoke(null, [Sample(arguments[0], depth + 1)]);
        }

        if (arguments.Length == 1 && (definition == typeof(IReadOnlySet<>) || definition == typeof(ISet<>) || definition == typeof(HashSet<>)))
        {
            var set = (IEnumerable)Activator.CreateInstance(typeof(HashSet<>).MakeGenericType(arguments))!;
            set.GetType().GetMethod("Add")!.Invoke(set, [Sample(arguments[0], depth + 1)]);
            return set;
        }

        if (arguments.Length == 1 && typeof(List<>).MakeGenericType(arguments).IsAssignableTo(type))
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(arguments))!;
            list.Add(Sample(arguments[0], depth + 1));
            return list;
        }

        if (arguments.Length == 2 && typeof(Dictionary<,>).MakeGenericType(arguments).IsAssignableTo(type))
        {
            var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(arguments))!;
            dictionary.Add(Sample(arguments[0], depth + 1), Sample(arguments[1], depth + 1));
            return dictionary;
        }

        return null;
    }
}
