using BeneluxClimate.Tests.Domain.Moderation;

namespace BeneluxClimate.Tests.Postgres;

public sealed class PostgresModerationServiceTests : ModerationServiceTests
{
    protected override string Provider => "Postgres";
}
