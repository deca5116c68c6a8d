namespace BeneluxClimate.App.Resources;

/// <summary>Marker for IStringLocalizer&lt;MudBlazorStrings&gt;: the texts are in MudBlazorStrings.resx and its nl, fr and de siblings.</summary>
public sealed class MudBlazorStrings;
