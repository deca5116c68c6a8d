namespace BeneluxClimate.App.Resources;

/// <summary>Marker for the proposal page's resources (Resources/ProposalPageStrings.*.resx).</summary>
public sealed class ProposalPageStrings;
