using System.Reflection;
using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Tests.Domain.BadInput;

/// <summary>Calls a service method by reflection and reads its outcome: a refusal, or success.</summary>
public static class ServiceCall
{
    public static async Task<Refusal?> InvokeAsync(object service, MethodInfo method, object?[] arguments)
    {
        object? returned;
        try
        {
            returned = method.Invoke(service, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }

        var value = await AwaitAsync(returned);
        return RefusalOf(value);
    }

    private static async Task<object?> AwaitAsync(object? returned)
    {
        switch (returned)
        {
            case Task task:
                await task;
                var type = task.GetType();
                return type.IsGenericType && type.GetProperty("Result") is { } result && result.PropertyType.Name != "VoidTaskResult"
                    ? result.GetValue(task)
                    : null;
            case ValueTask valueTask:
                await valueTask;
                return null;
            case not null when returned.GetType().IsGenericType && returned.GetType().GetGenericTypeDefinition() == typeof(ValueTask<>):
                var asTask = (Task)returned.GetType().GetMethod(nameof(ValueTask<int>.AsTask))!.Invoke(returned, null)!;
                return await AwaitAsync(asTask);
            default:
                await DrainAsync(returned);
                return returned;
        }
    }

    /// <summary>A lazy sequence runs its query only when read: read a few items so a failure inside it shows.</summary>
    private static async Task DrainAsync(object? returned)
    {
        var asyncEnumerable = returned?.GetType().GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>));
        if (asyncEnumerable is not null)
        {
            var enumerator = asyncEnumerable.GetMethod("GetAsyncEnumerator")!.Invoke(returned, [CancellationToken.None])!;
            var moveNext = enumerator.GetType().GetMethod("MoveNextAsync") ?? typeof(IAsyncEnumerator<>)
                .MakeGenericType(asyncEnumerable.GetGenericArguments()).GetMethod("MoveNextAsync")!;
            for (var i = 0; i < 5 && await (ValueTask<bool>)moveNext.Invoke(enumerator, null)!; i++)
            {
            }

            await ((IAsyncDisposable)enumerator).DisposeAsync();
        }
        else if (returned is System.Collections.IEnumerable sequence and not string)
        {
            sequence.Cast<object?>().Take(5).ToList();
        }
    }

    private static Refusal? RefusalOf(object? value) =>
        value?.GetType().GetProperty(nameof(CommandResult.Refusal)) is { } property && property.PropertyType == typeof(Refusal?)
            ? (Refusal?)property.GetValue(value)
            : null;

    /// <summary>Arguments short enough for a failure message (a 1 MB string shows as its length and first characters).</summary>
    public static string Describe(object?[] arguments) =>
        string.Join(", ", arguments.Select(a => Shorten(a switch
        {
            null => "null",
            string s => s.Length > 40 ? $"string[{s.Length}] \"{Escape(s[..20])}…\"" : $"\"{Escape(s)}\"",
            _ => a.ToString() ?? "",
        })));

    private static string Shorten(string text) => text.Length > 400 ? text[..400] + $"…({text.Length} chars)" : text;

    private static string Escape(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) || char.IsSurrogate(c) || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));
}
