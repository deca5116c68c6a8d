namespace BeneluxClimate.App.Resources;

/// <summary>Marker for the MailStrings resources (Resources/MailStrings.*.resx).</summary>
public sealed class MailStrings;
