using System.Text.Json;
using BeneluxClimate.Domain.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace BeneluxClimate.App.Components.Account;

/// <summary>The account endpoints that are not pages: sign-out and the personal data download.</summary>
internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/Account");

        // Form posts are antiforgery-checked by UseAntiforgery.
        account.MapPost("/Logout", async ([FromServices] SignInManager<ClimateUser> signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(Localization.LocalUrl.OrRoot("/" + returnUrl?.TrimStart('/')));
        });

        account.MapGroup("/Manage").RequireAuthorization().MapPost("/DownloadPersonalData", async (
            HttpContext context, [FromServices] UserManager<ClimateUser> users, [FromServices] PersonalDataExport export) =>
        {
            var user = await users.GetUserAsync(context.User);
            if (user is null)
            {
                return Results.NotFound();
            }

            var account = typeof(ClimateUser).GetProperties()
                .Where(p => Attribute.IsDefined(p, typeof(PersonalDataAttribute)))
                .ToDictionary(p => p.Name, p => p.GetValue(user)?.ToString());
            account[nameof(ClimateUser.DisplayName)] = user.DisplayName;
            account[nameof(ClimateUser.JoinedAtUtc)] = user.JoinedAtUtc.ToString("O");
            account["Roles"] = string.Join(", ", await users.GetRolesAsync(user));
            var personalData = await export.ExportAsync(user.Id);
            personalData["Account"] = account;
            var json = JsonSerializer.SerializeToUtf8Bytes(personalData, new JsonSerializerOptions { WriteIndented = true });
            return TypedResults.File(json, "application/json", "PersonalData.json");
        });
    }
}
