namespace BeneluxClimate.App.Resources;

/// <summary>Marker for the organisation pages' resources (Resources/OrganisationStrings.*.resx).</summary>
public sealed class OrganisationStrings;
