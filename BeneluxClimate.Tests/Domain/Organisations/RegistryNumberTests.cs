using BeneluxClimate.Domain.Organisations;

namespace BeneluxClimate.Tests.Domain.Organisations;

public sealed class RegistryNumberTests
{
    [Theory]
    [InlineData("0403.170.701", "0403.170.701")] // National Bank of Belgium: 97 - (4031707 mod 97) = 01
    [InlineData("BE 0403 170 701", "0403.170.701")]
    [InlineData("be0403170701", "0403.170.701")]
    [InlineData("403170701", "0403.170.701")]
    [InlineData(" 0202.239.951 ", "0202.239.951")] // Proximus: 97 - (2022399 mod 97) = 51
    [InlineData("0202-239-951", "0202.239.951")]
    public void Belgian_enterprise_numbers_are_normalized(string input, string expected)
    {
        Assert.True(RegistryNumber.TryNormalize("BE", input, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("0403.170.702")] // wrong check digits
    [InlineData("0202.239.915")]
    [InlineData("2403.170.701")] // must start with 0 or 1
    [InlineData("04031707")]
    [InlineData("04031707011")]
    [InlineData("0403.17O.701")] // letter O for zero
    [InlineData("NL 0403 170 701")]
    [InlineData("<script>alert(1)</script>")]
    public void Belgian_numbers_with_a_wrong_shape_or_check_are_refused(string input)
    {
        Assert.False(RegistryNumber.TryNormalize("BE", input, out var normalized));
        Assert.Equal("", normalized);
    }

    [Theory]
    [InlineData("12345678", "12345678")]
    [InlineData("1234 5678", "12345678")]
    [InlineData(" 27 12 34 56 ", "27123456")]
    public void Dutch_kvk_numbers_are_eight_digits(string input, string expected)
    {
        Assert.True(RegistryNumber.TryNormalize("NL", input, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("1234567")]
    [InlineData("123456789")]
    [InlineData("1234567A")]
    [InlineData("KVK12345")]
    [InlineData("1234.5678")]
    [InlineData("<script>")]
    public void Dutch_numbers_that_are_not_eight_digits_are_refused(string input)
    {
        Assert.False(RegistryNumber.TryNormalize("NL", input, out _));
    }

    [Theory]
    [InlineData("B123456", "B123456")]
    [InlineData("B 12.345", "B12345")]
    [InlineData("b 123 456", "B123456")]
    [InlineData("F1234", "F1234")]
    [InlineData("G007", "G7")]
    [InlineData("J42", "J42")]
    public void Luxembourg_rcs_numbers_are_a_section_letter_and_digits(string input, string expected)
    {
        Assert.True(RegistryNumber.TryNormalize("LU", input, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("123456")] // no section letter
    [InlineData("B")]
    [InlineData("B0")]
    [InlineData("B1234567")]
    [InlineData("Z123")]
    [InlineData("BB123")]
    [InlineData("B12a")]
    [InlineData("<script>")]
    public void Luxembourg_numbers_without_letter_or_with_a_wrong_shape_are_refused(string input)
    {
        Assert.False(RegistryNumber.TryNormalize("LU", input, out _));
    }

    [Theory]
    [InlineData("DE", " HRB 12345 ", "HRB 12345")]
    [InlineData("FR", "552 100 554", "552 100 554")]
    [InlineData("GB", "SC-123/45.6", "SC-123/45.6")]
    public void Other_countries_take_a_short_plain_text(string country, string input, string expected)
    {
        Assert.True(RegistryNumber.TryNormalize(country, input, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("HRB 12345; DROP TABLE")]
    [InlineData("HRB\n12345")]
    [InlineData("12345678901234567890123456789012345678901")] // 41 characters
    public void Other_countries_refuse_markup_and_long_text(string input)
    {
        Assert.False(RegistryNumber.TryNormalize("DE", input, out _));
    }

    [Theory]
    [InlineData("BE", null)]
    [InlineData("NL", "")]
    [InlineData("LU", "   ")]
    [InlineData("DE", null)]
    public void The_number_is_optional(string country, string? input)
    {
        Assert.True(RegistryNumber.TryNormalize(country, input, out var normalized));
        Assert.Equal("", normalized);
    }
}
