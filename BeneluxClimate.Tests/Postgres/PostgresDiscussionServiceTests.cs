using BeneluxClimate.Tests.Domain.Partnerships;

namespace BeneluxClimate.Tests.Postgres;

public sealed class PostgresDiscussionServiceTests : DiscussionServiceTests
{
    protected override string Provider => "Postgres";
}
