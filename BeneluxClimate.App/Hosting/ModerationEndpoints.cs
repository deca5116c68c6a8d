using System.Globalization;
using System.Text;
using BeneluxClimate.App.Security;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Security;
using Microsoft.AspNetCore.Authorization;

namespace BeneluxClimate.App.Hosting;

internal static class ModerationEndpoints
{
    public const string AuditCsvPath = "/moderation/audit.csv";

    /// <summary>GET /moderation/audit.csv?q=text: the audit log (optionally searched) as a CSV download, for moderators.</summary>
    public static void MapModerationEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(AuditCsvPath, async (HttpContext context, AuditLog audit, TimeProvider time, string? q) =>
        {
            var actor = ActorAccessor.FromPrincipal(context.User);
            var csv = await audit.ExportCsvAsync(actor, q, context.RequestAborted);
            if (!csv.Succeeded)
            {
                return csv.Refusal == Refusal.NotSignedIn ? Results.Challenge() : Results.Forbid();
            }

            var name = $"moderation-audit-{time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
            return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.Value!)).ToArray(), "text/csv; charset=utf-8", name);
        }).RequireAuthorization(new AuthorizeAttribute { Roles = Roles.Moderator + "," + Roles.Admin });
}
