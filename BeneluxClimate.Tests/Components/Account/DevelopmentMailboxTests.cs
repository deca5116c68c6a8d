using BeneluxClimate.App.Components.Account;
using MimeKit;

namespace BeneluxClimate.Tests.Components.Account;

public sealed class DevelopmentMailboxTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("climate-mail-").FullName;

    [Fact]
    public async Task Finds_the_first_link_of_the_newest_mail_to_the_address()
    {
        var start = DateTime.UtcNow.AddMinutes(-10);
        Write("old.eml", "anna@example.org", "https://example.org/old?a=1&amp;b=2", start);
        Write("new.eml", "Anna@Example.org", "https://example.org/confirm?userId=1&amp;code=x", start.AddMinutes(1));
        Write("other.eml", "joost@example.org", "https://example.org/joost", start.AddMinutes(2));

        var link = await new DevelopmentMailbox(folder).FindLatestLinkAsync("anna@example.org");

        Assert.Equal("https://example.org/confirm?userId=1&code=x", link);
    }

    [Fact]
    public async Task Answers_null_without_mail_or_folder()
    {
        Assert.Null(await new DevelopmentMailbox(folder).FindLatestLinkAsync("nobody@example.org"));
        Assert.Null(await new DevelopmentMailbox(Path.Combine(folder, "missing")).FindLatestLinkAsync("anna@example.org"));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(string name, string to, string encodedHref, DateTime writtenUtc)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("no-reply@example.org"));
        message.To.Add(new MailboxAddress("", to));
        message.Subject = "Confirm";
        message.Body = new BodyBuilder
        {
            TextBody = "Open the link.",
            HtmlBody = $"<p>Open the link.</p><p><a href=\"{encodedHref}\">Confirm</a></p><p><a href=\"https://example.org/second\">x</a></p>",
        }.ToMessageBody();
        var path = Path.Combine(folder, name);
        message.WriteTo(path);
        File.SetLastWriteTimeUtc(path, writtenUtc);
    }
}
