namespace BeneluxClimate.Domain.Notifications;

/// <summary>Mail settings (section "Mail"). Without an SMTP host, mails are written to the pickup folder.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string From { get; set; } = "Benelux Climate Platform <no-reply@climate.benelux.int>";
    public string PickupDirectory { get; set; } = "mail-pickup";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(SmtpHost);
}
