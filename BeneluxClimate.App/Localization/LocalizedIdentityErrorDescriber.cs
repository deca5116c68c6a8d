using BeneluxClimate.App.Resources;
using BeneluxClimate.Domain.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace BeneluxClimate.App.Localization;

/// <summary>
/// Identity errors in the member's language: each keeps the base Code, and its Description comes from
/// Resources/IdentityErrorStrings under that same Code (the base English text if a key were missing).
/// </summary>
internal sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<IdentityErrorStrings> text) : ClimateIdentityErrorDescriber
{
    public override IdentityError DefaultError() => Localize(base.DefaultError());

    public override IdentityError ConcurrencyFailure() => Localize(base.ConcurrencyFailure());

    public override IdentityError PasswordMismatch() => Localize(base.PasswordMismatch());

    public override IdentityError InvalidToken() => Localize(base.InvalidToken());

    public override IdentityError RecoveryCodeRedemptionFailed() => Localize(base.RecoveryCodeRedemptionFailed());

    public override IdentityError LoginAlreadyAssociated() => Localize(base.LoginAlreadyAssociated());

    public override IdentityError InvalidUserName(string? userName) =>
        Localize(base.InvalidUserName(userName), userName ?? string.Empty);

    public override IdentityError InvalidEmail(string? email) => Localize(base.InvalidEmail(email), email ?? string.Empty);

    public override IdentityError DuplicateUserName(string userName) => Localize(base.DuplicateUserName(userName), userName);

    public override IdentityError DuplicateEmail(string email) => Localize(base.DuplicateEmail(email), email);

    public override IdentityError InvalidRoleName(string? role) => Localize(base.InvalidRoleName(role), role ?? string.Empty);

    public override IdentityError DuplicateRoleName(string role) => Localize(base.DuplicateRoleName(role), role);

    public override IdentityError UserAlreadyHasPassword() => Localize(base.UserAlreadyHasPassword());

    public override IdentityError UserLockoutNotEnabled() => Localize(base.UserLockoutNotEnabled());

    public override IdentityError UserAlreadyInRole(string role) => Localize(base.UserAlreadyInRole(role), role);

    public override IdentityError UserNotInRole(string role) => Localize(base.UserNotInRole(role), role);

    public override IdentityError PasswordTooShort(int length) => Localize(base.PasswordTooShort(length), length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Localize(base.PasswordRequiresUniqueChars(uniqueChars), uniqueChars);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Localize(base.PasswordRequiresNonAlphanumeric());

    public override IdentityError PasswordRequiresDigit() => Localize(base.PasswordRequiresDigit());

    public override IdentityError PasswordRequiresLower() => Localize(base.PasswordRequiresLower());

    public override IdentityError PasswordRequiresUpper() => Localize(base.PasswordRequiresUpper());

    public override IdentityError PasswordTooLong(int maximumLength) =>
        Localize(base.PasswordTooLong(maximumLength), maximumLength);

    public override IdentityError PasswordTooCommon() => Localize(base.PasswordTooCommon());

    private IdentityError Localize(IdentityError error, params object[] arguments)
    {
        var description = text[error.Code, arguments];
        return description.ResourceNotFound ? error : new() { Code = error.Code, Description = description.Value };
    }
}
