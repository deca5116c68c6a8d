using System.Collections.Concurrent;

namespace BeneluxClimate.Domain.Persistence;

/// <summary>
/// A compiled query, compiled once per context type. EF binds a compiled query to the model of the first context that
/// runs it and refuses any other, and each provider's context has its own model (a process with both, like the test
/// run, would otherwise fail on the second).
/// </summary>
internal sealed class CompiledPerContext<TQuery>(Func<TQuery> compile)
    where TQuery : Delegate
{
    private readonly ConcurrentDictionary<Type, TQuery> compiled = new();

    public TQuery For(ClimateDbContext db) => compiled.GetOrAdd(db.GetType(), _ => compile());
}
