using Microsoft.Extensions.Options;
using MimeKit;

namespace BeneluxClimate.Domain.Notifications;

/// <summary>Writes each mail as an .eml file, for development and machines without a mail server.</summary>
public sealed class PickupDirectoryMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct = default)
    {
        var folder = Path.GetFullPath(options.Value.PickupDirectory);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(file, ct);
    }
}
