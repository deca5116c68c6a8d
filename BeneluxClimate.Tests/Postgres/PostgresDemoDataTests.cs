using BeneluxClimate.Tests.Domain.Persistence;

namespace BeneluxClimate.Tests.Postgres;

public sealed class PostgresDemoDataTests(PostgresSeededDatabase seeded) : DemoDataTests(seeded), IClassFixture<PostgresSeededDatabase>;
