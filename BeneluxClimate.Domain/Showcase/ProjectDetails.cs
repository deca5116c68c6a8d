namespace BeneluxClimate.Domain.Showcase;

/// <summary>A project page for one viewer: the shared content and what this viewer may do with it.</summary>
public sealed record ProjectDetails(ProjectView View, bool ViewerCanEdit, bool ViewerFollows, bool ViewerIsModerator, bool ViewerSignedIn);
