using BeneluxClimate.App.Components.Account;
using BeneluxClimate.App.Localization;
using BeneluxClimate.App.Security;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace BeneluxClimate.App.Hosting;

/// <summary>ASP.NET Core Identity with the platform's hardening: lockout, long passwords, no composition rules.</summary>
internal static class AccountServices
{
    public static void AddClimateAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        var security = configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();

        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, ClimateRevalidatingAuthenticationStateProvider>();
        services.AddAuthorization();
        services.AddSingleton<IClaimsTransformation, StaffTwoFactorClaims>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();

        services.AddIdentityCore<ClimateUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = true;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = security.PasswordMinLength;
                options.Password.RequiredUniqueChars = 1;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = security.LockoutFailures;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(security.LockoutMinutes);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ClimateDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddPasswordValidator<MaximumLengthPasswordValidator>()
            .AddClaimsPrincipalFactory<ClimateClaimsPrincipalFactory>();
        services.AddScoped(sp => (ClimateIdentityErrorDescriber)sp.GetRequiredService<IdentityErrorDescriber>());

        services.Configure<SecurityStampValidatorOptions>(options =>
            options.ValidationInterval = TimeSpan.FromSeconds(security.RevalidationSeconds));
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request is HTTPS (production sits behind TLS); plain HTTP only on a developer machine.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            options.SlidingExpiration = true;
        });

        services.AddSingleton<IEmailSender<ClimateUser>, IdentityEmailSender>();
    }
}
