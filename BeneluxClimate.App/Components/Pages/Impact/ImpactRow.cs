namespace BeneluxClimate.App.Components.Pages.Impact;

/// <summary>One bar or slice of a breakdown: its label in the reader's language and how many projects.</summary>
public sealed record ImpactRow(string Key, string Label, int Projects);
