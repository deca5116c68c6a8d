using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Tests.Domain.Common;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Liège", "liege")]
    [InlineData("  ESCH-SUR-ALZETTE ", "esch-sur-alzette")]
    [InlineData("Mönchengladbach", "monchengladbach")]
    [InlineData("Ærø", "ærø")]
    [InlineData(null, "")]
    public void Folds_case_and_accents(string? input, string expected) => Assert.Equal(expected, SearchText.Normalize(input));
}
