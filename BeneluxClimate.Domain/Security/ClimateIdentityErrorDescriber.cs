using Microsoft.AspNetCore.Identity;

namespace BeneluxClimate.Domain.Security;

/// <summary>Identity's error texts plus the platform's own password rules; the web app localizes all of them.</summary>
public class ClimateIdentityErrorDescriber : IdentityErrorDescriber
{
    public virtual IdentityError PasswordTooLong(int maximumLength) =>
        new() { Code = nameof(PasswordTooLong), Description = $"Passwords must be at most {maximumLength} characters." };

    public virtual IdentityError PasswordTooCommon() =>
        new() { Code = nameof(PasswordTooCommon), Description = "This password is too common. Choose one that is harder to guess." };
}
