using System.Net;
using BeneluxClimate.App.Resources;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace BeneluxClimate.App.Components.Account;

/// <summary>Composes Identity's mails in the reader's current language and hands them to the mail transport.</summary>
internal sealed class IdentityEmailSender(
    IMailTransport transport, IStringLocalizer<MailStrings> text, IOptions<MailOptions> options) : IEmailSender<ClimateUser>
{
    public Task SendConfirmationLinkAsync(ClimateUser user, string email, string confirmationLink) =>
        SendAsync(user, email, text["ConfirmEmail_Subject"], text["ConfirmEmail_Body"], (text["ConfirmEmail_Action"], confirmationLink));

    public Task SendPasswordResetLinkAsync(ClimateUser user, string email, string resetLink) =>
        SendAsync(user, email, text["ResetPassword_Subject"], text["ResetPassword_Body"], (text["ResetPassword_Action"], resetLink));

    public Task SendPasswordResetCodeAsync(ClimateUser user, string email, string resetCode) =>
        SendAsync(user, email, text["ResetCode_Subject"], text["ResetCode_Body", resetCode], null);

    private Task SendAsync(ClimateUser user, string email, string subject, string body, (string Label, string Url)? action)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(new MailboxAddress(user.DisplayName, email));
        message.Subject = subject;

        var plain = $"{body}\n\n{(action is { } a ? a.Url + "\n\n" : "")}{text["Footer_Ignore"]}\n{text["Footer_Signature"]}";
        var html = $"""
            <p>{WebUtility.HtmlEncode(body)}</p>
            {(action is { } b ? $"<p><a href=\"{WebUtility.HtmlEncode(b.Url)}\">{WebUtility.HtmlEncode(b.Label)}</a></p>" : "")}
            <p style="color:#555">{WebUtility.HtmlEncode(text["Footer_Ignore"])}<br>{WebUtility.HtmlEncode(text["Footer_Signature"])}</p>
            """;
        message.Body = new BodyBuilder { TextBody = plain, HtmlBody = html }.ToMessageBody();
        return transport.SendAsync(message);
    }
}
