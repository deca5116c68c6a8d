using BeneluxClimate.Domain.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace BeneluxClimate.App.Hosting;

/// <summary>
/// <c>/healthz</c> sums up every check; <c>/healthz/database</c> and <c>/healthz/redis</c> report each on its own.
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
        app.MapHealthChecks("/healthz");
        app.MapHealthChecks("/healthz/" + Database, new HealthCheckOptions { Predicate = check => check.Tags.Contains(Database) });
        app.MapHealthChecks("/healthz/" + Redis, new HealthCheckOptions { Predicate = check => check.Tags.Contains(Redis) });
    }
}
