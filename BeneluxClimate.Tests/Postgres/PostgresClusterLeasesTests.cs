using BeneluxClimate.Tests.Domain.Cluster;

namespace BeneluxClimate.Tests.Postgres;

public sealed class PostgresClusterLeasesTests : ClusterLeasesTests
{
    protected override string Provider => "Postgres";
}
