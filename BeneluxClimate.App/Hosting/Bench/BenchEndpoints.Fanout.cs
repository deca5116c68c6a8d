using System.Diagnostics;
using System.Runtime;
using System.Text;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using Microsoft.AspNetCore.SignalR;

namespace BeneluxClimate.App.Hosting.Bench;

/// <summary>The fan-out and circuit-memory scenarios: a comment written through production's path, the raw broadcast, memory.</summary>
internal static partial class BenchEndpoints
{
    private const int MaxPayloadBytes = 1 << 20;

    private static void MapFanoutEndpoints(this WebApplication app)
    {
        app.MapHub<BenchRawHub>(BenchRawHub.Path);
        var bench = app.MapGroup("/bench");

        // The bench member writes through the real service, so its limits (set through configuration) apply.
        bench.MapPost("/comment", async (BenchComment comment, DiscussionService discussion, CancellationToken ct) =>
        {
            var started = Stopwatch.GetTimestamp();
            var posted = await discussion.PostAsync(Actor.Member(comment.UserId, Roles.Member), comment.ProposalId,
                new CommentInput(Guid.NewGuid(), comment.Body), ct);
            return posted.Succeeded
                ? Results.Ok(new { id = posted.Comment!.Id, serviceMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds })
                : Results.Conflict(new { refusal = posted.Result.Refusal?.ToString() });
        });

        // One payload of the given size, the token at its start, to every raw hub connection.
        bench.MapPost("/raw/broadcast", async (int bytes, string token, IHubContext<BenchRawHub> hub, CancellationToken ct) =>
        {
            var marker = Encoding.UTF8.GetBytes(token);
            if (bytes < marker.Length || bytes > MaxPayloadBytes)
            {
                return Results.BadRequest();
            }

            var payload = new byte[bytes];
            marker.CopyTo(payload, 0);
            await hub.Clients.All.SendAsync(BenchRawHub.PayloadMethod, payload, ct);
            return Results.Ok();
        });

        // Started by the first request for it, so an app with the bench endpoints on runs nothing more until a scenario asks.
        var gcLog = new Lazy<BenchGcLog>(() => new BenchGcLog());
        app.Lifetime.ApplicationStopping.Register(() =>
        {
            if (gcLog.IsValueCreated)
            {
                gcLog.Value.Dispose();
            }
        });
        bench.MapGet("/gc", (long? since) => since is null
            ? Results.Ok(new BenchGcMark(gcLog.Value.LastIndex, GC.GetTotalAllocatedBytes(precise: false)))
            : Results.Ok(gcLog.Value.Since(since.Value)));

        // Methods compiled so far: a warm-up runs until this stops climbing (tiered compilation has settled).
        bench.MapGet("/jit", () => Results.Ok(System.Runtime.JitInfo.GetCompiledMethodCount()));

        bench.MapGet("/memory", () =>
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            using var process = Process.GetCurrentProcess();
            return Results.Ok(new BenchMemory(GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64));
        });
    }

    private sealed record BenchComment(int ProposalId, string UserId, string Body);

    private sealed record BenchMemory(long HeapBytes, long WorkingSetBytes);

    /// <summary>Where a measurement starts: the latest collection's number and the bytes allocated so far.</summary>
    private sealed record BenchGcMark(long Index, long AllocatedBytes);
}
