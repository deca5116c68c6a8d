using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Persistence;

/// <summary>
/// PostgreSQL (Npgsql), for several app nodes on one database, with the migrations in Persistence/Migrations/Postgres.
/// <see cref="DateTimeOffset"/> maps to <c>timestamptz</c>, which stores UTC and sorts natively, so it needs no conversion;
/// every time the domain stores is taken in UTC (offset 0), which Npgsql requires.
/// </summary>
public sealed class PostgresClimateDbContext(DbContextOptions<PostgresClimateDbContext> options) : ClimateDbContext(options);
