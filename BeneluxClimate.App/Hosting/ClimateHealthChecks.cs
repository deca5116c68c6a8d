using BeneluxClimate.Domain.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace BeneluxClimate.App.Hosting;

/// <summary>
/// <c>/healthz</c> answers JSON with every check apart and their sum (see <see cref="HealthReportWriter"/>);
/// <c>/healthz/database</c> and <c>/healthz/redis</c> answer one word each, for a load balancer's probe.
/// Redis being away only degrades a node (it keeps serving its own viewers), so it never makes the node unhealthy.
/// </summary>
public static class ClimateHealthChecks
{
    private const string Database = "database";
    private const string Redis = "redis";

    public static void AddClimateHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks().AddDbContextCheck<ClimateDbContext>(Database, tags: [Database]);
        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString("Redis")))
        {
            checks.AddRedis(sp => sp.GetRequiredService<IConnectionMultiplexer>(), Redis, HealthStatus.Degraded, [Redis], TimeSpan.FromSeconds(2));
        }
    }

    public static void MapClimateHealthChecks(this WebApplication app)
    {
        // Which node answered, for an operator (or a test) behind the load balancer.
        var node = app.Configuration["Cluster:NodeName"] is { Length: > 0 } name ? name : Environment.MachineName;
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = (context, report) => HealthReportWriter.WriteAsync(context, report, node) });
        app.MapHealthChecks("/healthz/" + Database, new HealthCheckOptions { Predicate = check => check.Tags.Contains(Database) });
        app.MapHealthChecks("/healthz/" + Redis, new HealthCheckOptions { Predicate = check => check.Tags.Contains(Redis) });
    }
}
