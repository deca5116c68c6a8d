using System.Net;
using System.Text.RegularExpressions;
using MimeKit;

namespace BeneluxClimate.App.Components.Account;

/// <summary>
/// Reads the mails that <see cref="BeneluxClimate.Domain.Notifications.PickupDirectoryMailTransport"/> writes,
/// so that in Development (no SMTP server) the account pages can show the link a mail would have carried.
/// Never use it outside Development.
/// </summary>
internal sealed partial class DevelopmentMailbox(string pickupDirectory)
{
    /// <summary>How many of the newest files are looked at; the folder only grows on a developer machine.</summary>
    public const int MaxFilesScanned = 200;

    /// <summary>The first link in the HTML body of the newest mail addressed to <paramref name="email"/>, or null.</summary>
    public async Task<string?> FindLatestLinkAsync(string email, CancellationToken ct = default)
    {
        var folder = new DirectoryInfo(Path.GetFullPath(pickupDirectory));
        if (!folder.Exists || string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var newestFirst = folder.EnumerateFiles("*.eml")
            .OrderByDescending(f => f.LastWriteTimeUtc)
            .ThenByDescending(f => f.Name, StringComparer.Ordinal)
            .Take(MaxFilesScanned);
        foreach (var file in newestFirst)
        {
            MimeMessage message;
            try
            {
                await using var stream = file.OpenRead();
                message = await MimeMessage.LoadAsync(stream, ct);
            }
            catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
            {
                continue;
            }

            var addressedToEmail = message.To.Mailboxes
                .Any(m => string.Equals(m.Address, email.Trim(), StringComparison.OrdinalIgnoreCase));
            if (addressedToEmail)
            {
                return FirstLink(message.HtmlBody);
            }
        }

        return null;
    }

    /// <summary>The decoded href of the first link in an HTML text, or null.</summary>
    public static string? FirstLink(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return null;
        }

        var match = HrefPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups["href"].Value) : null;
    }

    [GeneratedRegex("""<a\s[^>]*?href\s*=\s*(?:"(?<href>[^"]*)"|'(?<href>[^']*)')""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HrefPattern();
}
