namespace BeneluxClimate.Domain.Moderation;

/// <summary>One reportable item: its kind and its id.</summary>
public sealed record TargetRef(ReportTarget Kind, long Id);
