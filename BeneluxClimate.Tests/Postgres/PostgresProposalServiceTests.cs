using BeneluxClimate.Tests.Domain.Partnerships;

namespace BeneluxClimate.Tests.Postgres;

public sealed class PostgresProposalServiceTests : ProposalServiceTests
{
    protected override string Provider => "Postgres";
}
