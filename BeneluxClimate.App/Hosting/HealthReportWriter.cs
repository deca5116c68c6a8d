using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BeneluxClimate.App.Hosting;

/// <summary>
/// `/healthz` as JSON with each dependency apart (database, and Redis when configured), so a load balancer or an
/// operator sees which one failed, and the node that answered (<c>Cluster:NodeName</c>, default the machine name):
/// {"status":"Healthy","node":"web-1","checks":{"database":"Healthy"}}. No exception text: the endpoint is public.
/// </summary>
internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report, string node)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var checks = report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString());
        return JsonSerializer.SerializeAsync(context.Response.Body, new { status = report.Status.ToString(), node, checks }, cancellationToken: context.RequestAborted);
    }
}
