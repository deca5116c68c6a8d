using System.Threading.RateLimiting;
using BeneluxClimate.App.Resources;
using BeneluxClimate.Domain.Security;
using Microsoft.Extensions.Localization;

namespace BeneluxClimate.App.Hosting;

/// <summary>Limits sign-in, registration and password-reset posts per client IP address.</summary>
internal static class AccountRateLimiting
{
    private static readonly string[] LimitedPaths =
    [
        "/Account/Login", "/Account/Register", "/Account/ForgotPassword", "/Account/ResendEmailConfirmation",
        "/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode",
    ];

    public static void AddAccountRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = (configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new()).AccountPostsPerIpPerMinute;
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsLimited(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = async (context, ct) =>
            {
                var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Shell>>();
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await context.HttpContext.Response.WriteAsync(text["TooManyAttempts"], ct);
            };
        });
    }

    private static bool IsLimited(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && LimitedPaths.Any(path => request.Path.Equals(path, StringComparison.OrdinalIgnoreCase));
}
