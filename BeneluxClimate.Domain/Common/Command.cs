using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;

namespace BeneluxClimate.Domain.Common;

/// <summary>
/// One write in progress: its context, and the acting member as the database says now (see <see cref="Commands"/>).
/// When <see cref="Refused"/> is set the command must stop and return it.
/// </summary>
public sealed class Command(ClimateDbContext db, Actor actor, Refusal? refused) : IAsyncDisposable
{
    public ClimateDbContext Db { get; } = db;

    /// <summary>The actor with the roles the database grants now; anonymous when the session no longer holds.</summary>
    public Actor Actor { get; } = actor;

    public Refusal? Refused { get; } = refused;

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
