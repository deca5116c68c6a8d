using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Security;

/// <summary>
/// The one way services refuse an actor who lacks a role: a visitor is told to sign in, a signed-in member that they
/// may not. Each method returns null when the actor may go on.
/// </summary>
public static class ActorRefusals
{
    /// <summary>NotSignedIn for visitors, Forbidden for signed-in members.</summary>
    public static Refusal Denied(this Actor actor) => actor.IsSignedIn ? Refusal.Forbidden : Refusal.NotSignedIn;

    /// <summary>Null for moderators and admins; otherwise why not.</summary>
    public static Refusal? RefusalUnlessModerator(this Actor actor) => actor.IsModerator ? null : actor.Denied();

    /// <summary>Null for admins; otherwise why not.</summary>
    public static Refusal? RefusalUnlessAdmin(this Actor actor) => actor.IsAdmin ? null : actor.Denied();
}
