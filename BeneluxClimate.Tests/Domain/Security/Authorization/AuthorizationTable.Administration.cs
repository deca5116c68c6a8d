using BeneluxClimate.Domain.Persistence.Backups;
using BeneluxClimate.Domain.Security;
using static BeneluxClimate.Tests.Domain.Security.Authorization.AuthorizationRole;

namespace BeneluxClimate.Tests.Domain.Security.Authorization;

public static partial class AuthorizationTable
{
    private static IEnumerable<AuthorizationRow> Administration =>
    [
        .. new AuthorizationRows<RoleAdministration>()
            .Row(nameof(RoleAdministration.ListAsync), async (s, x, a) => (await s.ListAsync(a, null, 0)).Refusal, Allow.Admins)
            .Row(nameof(RoleAdministration.SetRoleAsync),
                async (s, x, a) => (await s.SetRoleAsync(a, x.UserId(OtherMember), Roles.Moderator, grant: true)).Refusal, Allow.Admins)
            .Row(nameof(RoleAdministration.RecentChangesAsync), async (s, x, a) => (await s.RecentChangesAsync(a)).Refusal, Allow.Admins)
            .All,
        .. new AuthorizationRows<DatabaseBackups>()
            .Row(nameof(DatabaseBackups.TakeAsync), async (s, x, a) => (await s.TakeAsync(a)).Refusal, Allow.Admins)
            .Row(nameof(DatabaseBackups.Recent), (s, x, a) => Task.FromResult(s.Recent(a).Refusal), Allow.Admins)
            .All,
    ];
}
