using BeneluxClimate.Tests.Domain.Persistence;

namespace BeneluxClimate.Tests.Postgres;

public sealed class PostgresDemoProposalTests(PostgresSeededDatabase seeded) : DemoProposalTests(seeded), IClassFixture<PostgresSeededDatabase>;
