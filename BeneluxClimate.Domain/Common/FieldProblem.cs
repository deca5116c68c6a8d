namespace BeneluxClimate.Domain.Common;

/// <summary>One reason an input field was refused, e.g. ("Headline", "TooLong", 140). The UI words it.</summary>
public sealed record FieldProblem(string Field, string Code, int? Limit = null);
