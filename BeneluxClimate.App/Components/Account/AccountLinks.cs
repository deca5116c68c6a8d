using System.Text;
using BeneluxClimate.Domain.Members;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace BeneluxClimate.App.Components.Account;

/// <summary>
/// The links the account mails carry. They are plain absolute URLs: the mail sender encodes them for HTML itself.
/// </summary>
internal static class AccountLinks
{
    public static async Task<string> ConfirmEmailAsync(
        UserManager<ClimateUser> users, NavigationManager navigation, ClimateUser user, string? returnUrl = null)
    {
        var code = await users.GenerateEmailConfirmationTokenAsync(user);
        return navigation.GetUriWithQueryParameters(
            navigation.ToAbsoluteUri("Account/ConfirmEmail").AbsoluteUri,
            new Dictionary<string, object?>
            {
                ["userId"] = await users.GetUserIdAsync(user),
                ["code"] = Encode(code),
                ["returnUrl"] = string.IsNullOrEmpty(returnUrl) ? null : returnUrl,
            });
    }

    public static async Task<string> ConfirmEmailChangeAsync(
        UserManager<ClimateUser> users, NavigationManager navigation, ClimateUser user, string newEmail)
    {
        var code = await users.GenerateChangeEmailTokenAsync(user, newEmail);
        return navigation.GetUriWithQueryParameters(
            navigation.ToAbsoluteUri("Account/ConfirmEmailChange").AbsoluteUri,
            new Dictionary<string, object?>
            {
                ["userId"] = await users.GetUserIdAsync(user),
                ["email"] = newEmail,
                ["code"] = Encode(code),
            });
    }

    public static async Task<string> ResetPasswordAsync(
        UserManager<ClimateUser> users, NavigationManager navigation, ClimateUser user)
    {
        var code = await users.GeneratePasswordResetTokenAsync(user);
        return navigation.GetUriWithQueryParameters(
            navigation.ToAbsoluteUri("Account/ResetPassword").AbsoluteUri,
            new Dictionary<string, object?> { ["code"] = Encode(code) });
    }

    /// <summary>Decodes a token from a link; null when the link was damaged (cut off in a mail client, edited by hand).</summary>
    public static string? DecodeToken(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
}
