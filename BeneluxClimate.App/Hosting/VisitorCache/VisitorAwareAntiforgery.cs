using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.App.Hosting.VisitorCache;

/// <summary>
/// Gives a page rendered for sharing among visitors no antiforgery token and sets no cookie: a token in a shared copy
/// would be one visitor's, readable by all. A visitor's page posts no form from its circuit; the forms a visitor
/// submits (sign-in, sign-up) are their own pages and get their own tokens. Everything else goes to the framework's.
/// </summary>
internal sealed class VisitorAwareAntiforgery(IAntiforgery inner, IOptions<AntiforgeryOptions> options) : IAntiforgery
{
    public static void Decorate(IServiceCollection services)
    {
        // The framework never marks its antiforgery cookie Secure; over HTTPS it should be, like every other cookie here.
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        var original = services.Last(d => d.ServiceType == typeof(IAntiforgery));
        var implementation = original.ImplementationType
            ?? throw new InvalidOperationException("The framework's IAntiforgery is no longer registered by type; wrap its factory instead.");
        services.Remove(original);
        services.Add(ServiceDescriptor.Describe(typeof(IAntiforgery), sp => new VisitorAwareAntiforgery(
            (IAntiforgery)ActivatorUtilities.CreateInstance(sp, implementation), sp.GetRequiredService<IOptions<AntiforgeryOptions>>()),
            original.Lifetime));
    }

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        VisitorPageCache.IsShared(httpContext) ? new AntiforgeryTokenSet(null, null, options.Value.FormFieldName, options.Value.HeaderName)
            : inner.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);
}
