using BeneluxClimate.Domain.Moderation;

namespace BeneluxClimate.Tests.Domain.Moderation;

public sealed class CsvTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.test\")", "\"'=HYPERLINK(\"\"http://evil.test\"\")\"")]
    [InlineData("+31 20 123", "\"'+31 20 123\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("Spam, twice", "\"Spam, twice\"")]
    [InlineData("Liège", "\"Liège\"")]
    [InlineData("", "\"\"")]
    public void Cells_are_quoted_and_formulas_are_escaped(string value, string expected) =>
        Assert.Equal(expected, CsvText.Cell(value));

    [Fact]
    public void A_document_has_a_header_and_one_line_per_row()
    {
        var csv = CsvText.Document(["a", "b"], [["1", "=2"], ["x\ny", null]]);

        Assert.Equal("\"a\",\"b\"\r\n\"1\",\"'=2\"\r\n\"x\ny\",\"\"\r\n", csv);
    }
}
