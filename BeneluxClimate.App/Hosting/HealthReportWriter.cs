using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BeneluxClimate.App.Hosting;

/// <summary>
/// `/healthz` as JSON with each dependency apart (database, and Redis when configured), so a load balancer or an
/// operator sees which one failed: {"status":"Healthy","checks":{"database":"Healthy"}}. No exception text: the
/// endpoint is public.
/// </summary>
internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var checks = report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString());
        return JsonSerializer.SerializeAsync(context.Response.Body, new { status = report.Status.ToString(), checks }, cancellationToken: context.RequestAborted);
    }
}
