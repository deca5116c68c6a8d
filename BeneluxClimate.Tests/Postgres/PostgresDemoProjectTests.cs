using BeneluxClimate.Tests.Domain.Persistence;

namespace BeneluxClimate.Tests.Postgres;

public sealed class PostgresDemoProjectTests(PostgresSeededDatabase seeded) : DemoProjectTests(seeded), IClassFixture<PostgresSeededDatabase>;
