using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.Domain.Common;

/// <summary>
/// The command unit every write begins with. It opens the command's one context and reads the acting member's
/// standing from the database — the account exists, is not locked out (suspended or banned), the session's security
/// stamp is still the account's, and which roles it holds now — so an open page or hub connection never acts on rights
/// it has lost since its first render.
/// </summary>
public sealed class Commands(IDbContextFactory<ClimateDbContext> contexts, TimeProvider time, IOptions<SecurityOptions> security)
{
    /// <summary>Begins a write for an actor in good standing.</summary>
    public Task<Command> BeginAsync(Actor claimed, CancellationToken ct = default) => BeginAsync(claimed, StandingRule.GoodStanding, ct);

    /// <summary>
    /// Begins a write on the member's own personal data (export, deletion), which suspended and banned members keep the
    /// right to; the account must still exist and the session still hold.
    /// </summary>
    public Task<Command> BeginOnOwnDataAsync(Actor claimed, CancellationToken ct = default) => BeginAsync(claimed, StandingRule.OwnData, ct);

    private async Task<Command> BeginAsync(Actor claimed, StandingRule rule, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        var db = await contexts.CreateDbContextAsync(ct);
        try
        {
            var (actor, refused) = await StandingAsync(db, claimed, rule, ct);
            return new Command(db, actor, refused);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    private async Task<(Actor Actor, Refusal? Refused)> StandingAsync(ClimateDbContext db, Actor claimed, StandingRule rule, CancellationToken ct)
    {
        if (!claimed.IsSignedIn)
        {
            return (Actor.Anonymous, null);
        }

        var account = await AccountStatus.ReadAsync(db, claimed.UserId!, ct);
        if (account is null || (claimed.SecurityStamp is not null && claimed.SecurityStamp != account.SecurityStamp))
        {
            return (Actor.Anonymous, Refusal.NotSignedIn); // deleted, signed out everywhere, or the password changed
        }

        var roles = StaffRoles.Effective(account.Roles, claimed.SignedInWithTwoFactor, security.Value.RequireTwoFactorForStaff);
        var actor = claimed.WithRoles(roles);
        return account.IsLockedOut(time.GetUtcNow()) && rule == StandingRule.GoodStanding ? (actor, Refusal.Forbidden) : (actor, null);
    }

    private enum StandingRule
    {
        GoodStanding,
        OwnData,
    }
}
