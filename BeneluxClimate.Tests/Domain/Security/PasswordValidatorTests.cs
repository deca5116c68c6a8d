using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Security;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.Tests.Domain.Security;

public sealed class PasswordValidatorTests
{
    private static readonly ClimateIdentityErrorDescriber Describer = new();

    [Theory]
    [InlineData("password1234")]
    [InlineData("Password1234")]
    [InlineData("  qwertyuiop123 ")]
    public async Task Common_passwords_are_refused_whatever_their_case(string password)
    {
        Assert.True(CommonPasswordValidator.IsCommon("password1234"));
        var result = await new CommonPasswordValidator(Describer).ValidateAsync(null!, new ClimateUser(), password);

        Assert.False(result.Succeeded);
        Assert.Equal("PasswordTooCommon", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task An_uncommon_passphrase_passes()
    {
        var result = await new CommonPasswordValidator(Describer).ValidateAsync(null!, new ClimateUser(), "wadden tide turbines over Esch");

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Passwords_longer_than_the_maximum_are_refused()
    {
        var validator = new MaximumLengthPasswordValidator(Describer, Options.Create(new SecurityOptions { PasswordMaxLength = 128 }));

        var atLimit = await validator.ValidateAsync(null!, new ClimateUser(), new string('a', 128));
        var overLimit = await validator.ValidateAsync(null!, new ClimateUser(), new string('a', 129));

        Assert.True(atLimit.Succeeded);
        Assert.Equal("PasswordTooLong", Assert.Single(overLimit.Errors).Code);
    }
}
