using MimeKit;

namespace BeneluxClimate.Domain.Notifications;

/// <summary>Delivers a composed message: over SMTP when configured, otherwise to a pickup folder.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken ct = default);
}
