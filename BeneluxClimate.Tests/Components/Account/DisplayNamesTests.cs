using BeneluxClimate.App.Components.Account;
using BeneluxClimate.Domain.Members;

namespace BeneluxClimate.Tests.Components.Account;

public class DisplayNamesTests
{
    [Theory]
    [InlineData("anna.peeters@example.org", "Anna Peeters")]
    [InlineData("JOOST_DE-VRIES@example.nl", "Joost De Vries")]
    [InlineData("claire+climate@example.lu", "Claire")]
    [InlineData("m.dupont..2@example.be", "M Dupont 2")]
    [InlineData("...@example.be", "...")]
    public void Title_cases_the_local_part_split_on_dots_underscores_and_hyphens(string email, string expected) =>
        Assert.Equal(expected, DisplayNames.FromEmail(email));

    [Fact]
    public void Never_exceeds_the_display_name_limit() =>
        Assert.True(DisplayNames.FromEmail(new string('a', 200) + "@example.org").Length <= ClimateUser.DisplayNameMaxLength);
}
