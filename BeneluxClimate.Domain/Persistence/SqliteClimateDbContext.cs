using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BeneluxClimate.Domain.Persistence;

/// <summary>The embedded default: SQLite, with the migrations in Persistence/Migrations/Sqlite.</summary>
public sealed class SqliteClimateDbContext(DbContextOptions<SqliteClimateDbContext> options) : ClimateDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset values; stored as UTC, their binary form sorts correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
