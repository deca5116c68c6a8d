namespace BeneluxClimate.App.Resources;

/// <summary>Marker for the account pages' resources (Resources/AccountStrings.*.resx).</summary>
public sealed class AccountStrings;
