using BeneluxClimate.Tests.Builders;

namespace BeneluxClimate.Tests.Postgres;

/// <summary>The demo data seeded once into a PostgreSQL database, for a class of read-only tests.</summary>
public sealed class PostgresSeededDatabase : SeededDatabase
{
    protected override string Provider => "Postgres";
}
