using BeneluxClimate.Tests.Domain.Live;

namespace BeneluxClimate.Tests.Postgres;

public sealed class PostgresTopicSequencesTests : TopicSequencesTests
{
    protected override string Provider => "Postgres";
}
