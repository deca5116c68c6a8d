using BeneluxClimate.App.Localization;

namespace BeneluxClimate.App.Preferences;

/// <summary>Light or dark theme, kept in a cookie so that static pages and circuits render the same way.</summary>
internal static class ThemePreference
{
    public const string CookieName = "climate-theme";

    public static bool IsDark(HttpContext? context) => context?.Request.Cookies[CookieName] == "dark";

    public static void MapThemeEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/preferences/theme", (HttpContext context, string? mode, string? returnUrl) =>
        {
            context.Response.Cookies.Append(CookieName, mode == "dark" ? "dark" : "light", new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
            });
            return Results.LocalRedirect(LocalUrl.OrRoot(returnUrl));
        });
}
