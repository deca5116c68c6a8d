namespace BeneluxClimate.Domain.Common;

/// <summary>The outcome of a query: a value, or a typed refusal the UI can explain.</summary>
public sealed record Result<T>(T? Value, Refusal? Refusal)
{
    public bool Succeeded => Refusal is null;

    public static Result<T> Ok(T value) => new(value, null);

    public static Result<T> Refused(Refusal refusal) => new(default, refusal);
}
