using BeneluxClimate.Domain.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.Domain.Security;

/// <summary>Identity checks a minimum length only; long passphrases are welcome, but not unbounded ones.</summary>
public sealed class MaximumLengthPasswordValidator(ClimateIdentityErrorDescriber describer, IOptions<SecurityOptions> options)
    : IPasswordValidator<ClimateUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<ClimateUser> manager, ClimateUser user, string? password)
    {
        var max = options.Value.PasswordMaxLength;
        var tooLong = password is not null && password.Length > max;
        return Task.FromResult(tooLong ? IdentityResult.Failed(describer.PasswordTooLong(max)) : IdentityResult.Success);
    }
}
