namespace BeneluxClimate.App.Resources;

/// <summary>Marker for IStringLocalizer&lt;IdentityErrorStrings&gt;: the texts are in IdentityErrorStrings.resx and its nl, fr and de siblings.</summary>
public sealed class IdentityErrorStrings;
