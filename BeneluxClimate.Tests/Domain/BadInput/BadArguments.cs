using System.Collections;
using System.Reflection;
using BeneluxClimate.Domain.Security;
using CsCheck;

namespace BeneluxClimate.Tests.Domain.BadInput;

/// <summary>
/// Builds hostile arguments for any parameter type a domain service method takes: text, ids, numbers, enums, dates,
/// collections, and records built by their constructor (or settable properties) from the same parts. A type it cannot
/// build raises <see cref="NotSupportedException"/>, so a new method with a new kind of input fails a test.
/// </summary>
public sealed class BadArguments(Actor actor, IReadOnlyList<string> knownUserIds)
{
    private const int Megabyte = 1 << 20;

    private static readonly string[] NastyTexts =
    [
        "", " ", "\0", "a\0b", "\u0001\u0007\u001b[31m\u007f", "\r\n\r\n", "\t\v\f",
        "\u202Eevil\u202C", "\u200B\u200C\u200D\uFEFF", "\uD800", "\uDFFF\uD800", "😀🏳️‍🌈👩‍👩‍👧", "مرحبا עברית",
        "<script>alert(1)</script>", "'; DROP TABLE Proposals; --", "../../etc/passwd", "%s%n{0}", "@", "@@@@ @a @b",
        "[x](javascript:alert(1))", "![i](http://x/y.png)", "# h\n> q\n```\ncode", "NaN", "-1", "null",
        new string('@', 5000), new string('>', 20_000), new string('[', 50_000), new string('*', 50_000),
        string.Concat(Enumerable.Repeat("- ", 20_000)),
        new string('a', Megabyte), new string('é', Megabyte), string.Concat(Enumerable.Repeat("\uD83D\uDE00", Megabyte / 2)),
    ];

    private static readonly Gen<string> Text = Gen.Frequency(
        (3, Gen.OneOf(NastyTexts)),
        (2, Gen.String),
        (1, Gen.Char.Array[0, 300].Select(chars => new string(chars))),
        (1, Gen.Char[(char)0, (char)31].Array[1, 50].Select(chars => new string(chars))));

    private static readonly Gen<int> Int = Gen.Frequency(
        (3, Gen.OneOf(0, -1, 1, int.MinValue, int.MaxValue, int.MaxValue - 1, 1_000_000)),
        (3, Gen.Int[1, 60]),
        (1, Gen.Int));

    private static readonly Gen<long> Long = Gen.Frequency(
        (3, Gen.OneOf(0L, -1L, 1L, long.MinValue, long.MaxValue, int.MaxValue + 1L)),
        (3, Gen.Long[1, 200]),
        (1, Gen.Long));

    private static readonly Gen<double> Double = Gen.OneOf(
        0d, -1d, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.MinValue, double.Epsilon, 1e300, 12.5);

    private static readonly Gen<decimal> Decimal = Gen.OneOf(0m, -1m, decimal.MaxValue, decimal.MinValue, 0.0000001m, 42m);

    private static readonly Gen<DateTimeOffset> Moment = Gen.Frequency(
        (2, Gen.OneOf(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, new DateTimeOffset(1, 1, 2, 0, 0, 0, TimeSpan.FromHours(14)))),
        (3, Gen.Int[-4000, 4000].Select(days => DateTimeOffset.UtcNow.AddDays(days))),
        (1, Gen.Int[-600, 600].Select(minutes => DateTimeOffset.UtcNow.AddMinutes(minutes).ToOffset(TimeSpan.FromHours(-12)))));

    private static readonly Gen<TimeSpan> Span = Gen.OneOf(
        TimeSpan.Zero, TimeSpan.FromMinutes(-30), TimeSpan.MinValue, TimeSpan.MaxValue, TimeSpan.FromMinutes(90), TimeSpan.FromDays(400));

    /// <summary>A generator for one parameter; the name tells an id-like string (a user id) from free text.</summary>
    public Gen<object?> For(Type type, string? name)
    {
        if (type == typeof(Actor))
        {
            return Gen.Const<object?>(actor);
        }

        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            var value = For(inner, name);
            return Gen.Frequency((1, Gen.Const<object?>((object?)null)), (4, value));
        }

        if (type == typeof(string))
        {
            var text = IsIdName(name)
                ? Gen.Frequency((3, Gen.OneOf(knownUserIds.ToArray())), (1, Gen.Guid.Select(g => g.ToString())), (1, Text))
                : Text;
            return text.Select(s => (object?)s);
        }

        return type switch
        {
            _ when type == typeof(int) => Int.Select(v => (object?)v),
            _ when type == typeof(long) => Long.Select(v => (object?)v),
            _ when type == typeof(short) => Gen.OneOf<object?>((short)0, (short)-1, short.MinValue, short.MaxValue),
            _ when type == typeof(byte) => Gen.Byte.Select(v => (object?)v),
            _ when type == typeof(bool) => Gen.Bool.Select(v => (object?)v),
            _ when type == typeof(double) => Double.Select(v => (object?)v),
            _ when type == typeof(float) => Double.Select(v => (object?)(float)v),
            _ when type == typeof(decimal) => Decimal.Select(v => (object?)v),
            _ when type == typeof(Guid) => Gen.Frequency((1, Gen.Const(Guid.Empty)), (3, Gen.Guid)).Select(v => (object?)v),
            _ when type == typeof(DateTimeOffset) => Moment.Select(v => (object?)v),
            _ when type == typeof(DateTime) => Moment.Select(v => (object?)v.UtcDateTime),
            _ when type == typeof(DateOnly) => Moment.Select(v => (object?)DateOnly.FromDateTime(v.UtcDateTime)),
            _ when type == typeof(TimeOnly) => Gen.OneOf<object?>(TimeOnly.MinValue, TimeOnly.MaxValue, new TimeOnly(12, 0)),
            _ when type == typeof(TimeSpan) => Span.Select(v => (object?)v),
            _ when type == typeof(Uri) => Gen.OneOf<object?>(new Uri("https://climate.example/"), new Uri("http://[::1]:5000/base/path/")),
            _ when type == typeof(CancellationToken) => Gen.Const<object?>(CancellationToken.None),
            _ when type.IsEnum => EnumOf(type),
            _ when ElementType(type) is { } element => CollectionOf(type, element, name),
            _ when type.IsClass || type.IsValueType => Composite(type),
            _ => throw new NotSupportedException($"No generator for {type}."),
        };
    }

    /// <summary>Whether every parameter of the method can be built (the reason if not).</summary>
    public string? CannotBuild(MethodInfo method)
    {
        try
        {
            foreach (var parameter in method.GetParameters())
            {
                For(parameter.ParameterType, parameter.Name);
            }

            return null;
        }
        catch (NotSupportedException e)
        {
            return e.Message;
        }
    }

    public Gen<object?[]> ArgumentsOf(MethodInfo method) =>
        method.GetParameters().Aggregate(
            Gen.Const(Array.Empty<object?>()),
            (arguments, parameter) => arguments.SelectMany(
                done => For(parameter.ParameterType, parameter.Name).Select(next => done.Append(next).ToArray())));

    /// <summary>Whether a parameter of this type brings text, ids, numbers or enums from the caller.</summary>
    public static bool CarriesInput(Type type, int depth = 0)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(Actor) || type == typeof(CancellationToken) || type == typeof(bool) || depth > 3)
        {
            return false;
        }

        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(Guid) || type == typeof(decimal)
            || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(DateOnly) || type == typeof(TimeSpan))
        {
            return true;
        }

        if (ElementType(type) is { } element)
        {
            return CarriesInput(element, depth + 1);
        }

        return type.GetConstructors().SelectMany(c => c.GetParameters()).Any(p => CarriesInput(p.ParameterType, depth + 1))
            || type.GetProperties().Where(p => p.CanWrite).Any(p => CarriesInput(p.PropertyType, depth + 1));
    }

    private static bool IsIdName(string? name) =>
        name is not null && (name.EndsWith("Id", StringComparison.Ordinal) || name.Equals("id", StringComparison.OrdinalIgnoreCase));

    private static Gen<object?> EnumOf(Type type)
    {
        var defined = Enum.GetValues(type).Cast<object>().ToArray();
        var undefined = new[] { Enum.ToObject(type, 999), Enum.ToObject(type, -1), Enum.ToObject(type, int.MaxValue & 0x7F) };
        return Gen.Frequency((2, Gen.OneOf(defined)), (1, Gen.OneOf(undefined))).Select(v => (object?)v);
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type.IsGenericType && type.GetGenericArguments().Length == 1 && typeof(IEnumerable).IsAssignableFrom(type))
        {
            return type.GetGenericArguments()[0];
        }

        return null;
    }

    private Gen<object?> CollectionOf(Type type, Type element, string? name)
    {
        var item = For(element, name);
        var items = Gen.Frequency(
            (4, item.Array[0, 4]),
            (1, item.Array[200, 400]));
        return items.Select(values => (object?)Materialize(type, element, values));
    }

    private static object Materialize(Type type, Type element, object?[] values)
    {
        var array = Array.CreateInstance(element, values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            array.SetValue(values[i], i);
        }

        if (type.IsArray)
        {
            return array;
        }

        var definition = type.GetGenericTypeDefinition();
        var concrete = definition == typeof(ISet<>) || definition == typeof(IReadOnlySet<>) || definition == typeof(HashSet<>)
            ? typeof(HashSet<>).MakeGenericType(element)
            : typeof(List<>).MakeGenericType(element);
        if (!type.IsAssignableFrom(concrete))
        {
            throw new NotSupportedException($"No generator for collection {type}.");
        }

        return Activator.CreateInstance(concrete, array)!;
    }

    /// <summary>A record by its widest public constructor, or a class by its settable properties.</summary>
    private Gen<object?> Composite(Type type)
    {
        if (type.IsAbstract || type.IsInterface || type.Namespace?.StartsWith("BeneluxClimate", StringComparison.Ordinal) != true)
        {
            throw new NotSupportedException($"No generator for {type}.");
        }

        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        var parameters = constructor?.GetParameters() ?? [];
        var arguments = parameters.Aggregate(
            Gen.Const(Array.Empty<object?>()),
            (done, p) => done.SelectMany(d => For(p.ParameterType, p.Name).Select(v => d.Append(v).ToArray())));
        var constructorNames = parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var settable = type.GetProperties().Where(p => p.CanWrite && !constructorNames.Contains(p.Name)).ToArray();
        var properties = settable.Aggregate(
            Gen.Const(Array.Empty<object?>()),
            (done, p) => done.SelectMany(d => For(p.PropertyType, p.Name).Select(v => d.Append(v).ToArray())));
        return arguments.SelectMany(args => properties.Select(values =>
        {
            var instance = constructor is null ? Activator.CreateInstance(type)! : constructor.Invoke(args);
            for (var i = 0; i < settable.Length; i++)
            {
                settable[i].SetValue(instance, values[i]);
            }

            return (object?)instance;
        }));
    }
}
