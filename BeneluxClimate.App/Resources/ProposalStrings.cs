namespace BeneluxClimate.App.Resources;

/// <summary>Marker for the proposal list's and form's resources (Resources/ProposalStrings.*.resx).</summary>
public sealed class ProposalStrings;
