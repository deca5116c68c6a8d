namespace BeneluxClimate.Domain.Showcase;

/// <summary>An organisation or member a project page links to.</summary>
public sealed record NamedLink(string Id, string Name);
