using Microsoft.AspNetCore.Identity;

namespace BeneluxClimate.Domain.Security;

public class ClimateIdentityErrorDescriber : IdentityErrorDescriber
{
    public virtual IdentityError PasswordTooLong(int maximumLength) =>
        new() { Code = nameof(PasswordTooLong), Description = $"Passwords must be at most {maximumLength} characters." };

    public virtual IdentityError PasswordTooCommon() =>
        new() { Code = nameof(PasswordTooCommon), Description = "This password is too common. Choose one that is harder to guess." };
}
