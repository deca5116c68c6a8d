using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Tests.Builders;

/// <summary>Small live events for tests; the payload names the event so assertions can follow it.</summary>
public static class LiveEvents
{
    public static LiveEvent On(string topic, long? sequence, Audience? audience = null, string kind = "MemberJoined") =>
        new(topic, sequence, kind, $"{topic}#{sequence?.ToString() ?? "ephemeral"}", audience ?? Audience.Public, DateTimeOffset.UtcNow);

    public static LiveEvent Directory(long? sequence, Audience? audience = null) => On(LiveTopics.Directory, sequence, audience);

    /// <summary>Waits for the task, failing the test after a few seconds instead of hanging it.</summary>
    public static async Task<T> Within<T>(this Task<T> task, int seconds = 5) => await task.WaitAsync(TimeSpan.FromSeconds(seconds));

    public static async Task Within(this Task task, int seconds = 5) => await task.WaitAsync(TimeSpan.FromSeconds(seconds));
}
