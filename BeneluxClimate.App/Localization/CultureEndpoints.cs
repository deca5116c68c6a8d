using Microsoft.AspNetCore.Localization;

namespace BeneluxClimate.App.Localization;

internal static class CultureEndpoints
{
    public const string CookieName = ".AspNetCore.Culture";

    /// <summary>GET /culture/set?culture=nl&amp;returnUrl=/members stores the choice and returns to the page.</summary>
    public static void MapCultureEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/culture/set", (HttpContext context, string? culture, string? returnUrl) =>
        {
            if (culture is not null && Cultures.Supported.Contains(culture))
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(Cultures.Formatting(culture))),
                    new CookieOptions
                    {
                        Expires = DateTimeOffset.UtcNow.AddYears(1),
                        HttpOnly = true,
                        IsEssential = true,
                        SameSite = SameSiteMode.Lax,
                        Secure = context.Request.IsHttps,
                    });
            }

            return Results.LocalRedirect(LocalUrl.OrRoot(returnUrl));
        });
}
