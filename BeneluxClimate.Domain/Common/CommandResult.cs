namespace BeneluxClimate.Domain.Common;

/// <summary>The outcome of a command: success, or a typed refusal the UI can explain.</summary>
public sealed record CommandResult(Refusal? Refusal)
{
    public static readonly CommandResult Ok = new((Refusal?)null);

    public bool Succeeded => Refusal is null;

    public static CommandResult Refused(Refusal refusal) => new(refusal);
}
