using System.Net;
using System.Text.RegularExpressions;
using MimeKit;

namespace BeneluxClimate.Tests.Builders;

/// <summary>Reads links out of mails written to the pickup folder, as a member would click them.</summary>
public static partial class MailLinks
{
    public static string ConfirmationLink(string eml)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(eml));
        var message = MimeMessage.Load(stream);
        var href = LinkPattern().Match(message.HtmlBody ?? "").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(href), "the mail contains a link");
        return WebUtility.HtmlDecode(href);
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex LinkPattern();
}
