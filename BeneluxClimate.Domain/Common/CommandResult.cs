namespace BeneluxClimate.Domain.Common;

/// <summary>The outcome of a command: success, or a typed refusal the UI can explain (with the fields at fault).</summary>
public sealed record CommandResult(Refusal? Refusal, IReadOnlyList<FieldProblem>? Problems = null)
{
    public static readonly CommandResult Ok = new((Refusal?)null);

    public bool Succeeded => Refusal is null;

    public static CommandResult Refused(Refusal refusal) => new(refusal);

    public static CommandResult Invalid(IReadOnlyList<FieldProblem> problems) => new(Common.Refusal.InvalidInput, problems);
}
