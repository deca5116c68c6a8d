namespace BeneluxClimate.App.Resources;

/// <summary>Marker for IStringLocalizer&lt;MailStrings&gt;: the texts are in MailStrings.resx and its nl, fr and de siblings.</summary>
public sealed class MailStrings;
