using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BeneluxClimate.Domain.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL context without starting the app or reaching a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresClimateDbContext>
{
    public PostgresClimateDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresClimateDbContext>().UseNpgsql("Host=localhost;Database=climate_design_time").Options);
}
