using BeneluxClimate.Tests.Domain.Members;

namespace BeneluxClimate.Tests.Postgres;

public sealed class PostgresMemberProfilesTests : MemberProfilesTests
{
    protected override string Provider => "Postgres";
}
