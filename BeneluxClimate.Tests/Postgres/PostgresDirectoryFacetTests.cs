using BeneluxClimate.Tests.Domain.Members;

namespace BeneluxClimate.Tests.Postgres;

public sealed class PostgresDirectoryFacetTests : DirectoryFacetTests
{
    protected override string Provider => "Postgres";
}
