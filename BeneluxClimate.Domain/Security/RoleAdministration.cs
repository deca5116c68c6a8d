using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Security;

/// <summary>Admins grant and revoke roles; every change is recorded with who and when.</summary>
public sealed class RoleAdministration(IDbContextFactory<ClimateDbContext> contexts, Commands commands, WriteRateLimiter limiter, TimeProvider time)
{
    public const int PageSize = 20;
    public const int SearchMaxLength = 100;

    /// <summary>Roles an admin can grant; every account is a Member from sign-up.</summary>
    public static readonly IReadOnlyList<string> GrantableRoles = [Roles.Moderator, Roles.EventHost, Roles.Admin];

    public async Task<Result<Page<MemberRoles>>> ListAsync(Actor actor, string? search, int pageIndex, CancellationToken ct = default)
    {
        if (actor.RefusalUnlessAdmin() is { } refusal)
        {
            return Result<Page<MemberRoles>>.Refused(refusal);
        }

        if (search?.Length > SearchMaxLength || pageIndex < 0)
        {
            return Result<Page<MemberRoles>>.Refused(Refusal.InvalidInput);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var users = db.Users.AsNoTracking();
        var folded = SearchText.Normalize(search);
        if (folded.Length > 0)
        {
            users = users.Where(u => u.SearchText.Contains(folded));
        }

        var total = await users.CountAsync(ct);
        var rows = await users
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Skip(pageIndex * PageSize).Take(PageSize)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.Email,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(ct);

        var items = rows.Select(r => new MemberRoles(r.Id, r.DisplayName, r.Email ?? "", r.Roles.Order().ToList())).ToList();
        return Result<Page<MemberRoles>>.Ok(new Page<MemberRoles>(items, total, pageIndex, PageSize));
    }

    public async Task<CommandResult> SetRoleAsync(Actor actor, string userId, string role, bool grant, CancellationToken ct = default)
    {
        await using var command = await commands.BeginAsync(actor, ct);
        if (command.Refused is { } standing)
        {
            return CommandResult.Refused(standing);
        }

        actor = command.Actor;
        var db = command.Db;

        if (actor.RefusalUnlessAdmin() is { } refusal)
        {
            return CommandResult.Refused(refusal);
        }

        if (!GrantableRoles.Contains(role) || string.IsNullOrEmpty(userId) || userId.Length > 450)
        {
            return CommandResult.Refused(Refusal.InvalidInput);
        }

        // An admin cannot take away their own Admin role, so the platform always keeps one.
        if (!grant && role == Roles.Admin && userId == actor.UserId)
        {
            return CommandResult.Refused(Refusal.Forbidden);
        }

        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync(ct);
        if (!await db.Users.AnyAsync(u => u.Id == userId, ct))
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        var current = await db.UserRoles.SingleOrDefaultAsync(ur => ur.UserId == userId && ur.RoleId == roleId, ct);
        if ((current is not null) == grant)
        {
            return CommandResult.Ok; // already as asked: a repeated click changes nothing and records nothing
        }

        if (!limiter.TryAcquire(nameof(SetRoleAsync), actor.UserId!))
        {
            return CommandResult.Refused(Refusal.RateLimited);
        }

        if (grant)
        {
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = userId, RoleId = roleId });
        }
        else
        {
            db.UserRoles.Remove(current!);
        }

        db.RoleChanges.Add(new RoleChange(userId, role, grant, actor.UserId!, time.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return CommandResult.Refused(Refusal.Conflict); // another admin changed the same role at the same moment
        }

        return CommandResult.Ok;
    }

    public async Task<Result<IReadOnlyList<RoleChangeEntry>>> RecentChangesAsync(Actor actor, int take = 50, CancellationToken ct = default)
    {
        if (actor.RefusalUnlessAdmin() is { } refusal)
        {
            return Result<IReadOnlyList<RoleChangeEntry>>.Refused(refusal);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var entries = await db.RoleChanges.AsNoTracking()
            .OrderByDescending(c => c.AtUtc).ThenByDescending(c => c.Id)
            .Take(Math.Clamp(take, 1, 200))
            .Select(c => new RoleChangeEntry(
                db.Users.Where(u => u.Id == c.TargetUserId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                c.Role,
                c.Granted,
                db.Users.Where(u => u.Id == c.ChangedByUserId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                c.AtUtc))
            .ToListAsync(ct);
        return Result<IReadOnlyList<RoleChangeEntry>>.Ok(entries);
    }
}
