using System.Globalization;
using BeneluxClimate.App.Localization;
using BeneluxClimate.Domain.Security;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor;
using MudBlazor.Services;

namespace BeneluxClimate.Tests.Builders;

/// <summary>A bUnit context with MudBlazor, the app's localization and a chosen signed-in user.</summary>
public sealed class ComponentTestContext : IAsyncDisposable
{
    private readonly CultureInfo culture;
    private readonly CultureInfo uiCulture;

    /// <param name="services">Services the tested component needs besides MudBlazor and localization, added before any is resolved.</param>
    public ComponentTestContext(string culture = "en", bool interactive = true, Action<IServiceCollection>? services = null)
    {
        (this.culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        Bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        Bunit.Services.AddMudServices();
        Bunit.Services.AddLocalization();
        Bunit.Services.AddTransient<MudLocalizer, ResxMudLocalizer>();
        Bunit.Services.AddSingleton<TaxonomyText>();
        Bunit.Services.TryAddSingleton(TimeProvider.System);
        Bunit.Services.AddSingleton<App.Components.Pages.Proposals.Discussion.ReadOnlyComments>();
        Bunit.Services.AddScoped<App.Live.CircuitLiveBus>(); // over whichever bus the test registers
        services?.Invoke(Bunit.Services);
        Authorization = Bunit.AddAuthorization();
        Bunit.SetRendererInfo(new RendererInfo("Server", interactive));
    }

    public BunitContext Bunit { get; } = new();

    public BunitAuthorizationContext Authorization { get; }

    /// <summary>Where MudBlazor renders open menus and popovers.</summary>
    public IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = null!;

    public ComponentTestContext SignedInAs(string name, params string[] roles)
    {
        Authorization.SetAuthorized(name);
        Authorization.SetRoles(roles.Append(Roles.Member).ToArray());
        Authorization.SetClaims(new System.Security.Claims.Claim(App.Components.Account.ClimateClaimsPrincipalFactory.DisplayNameClaim, name));
        return this;
    }

    public IRenderedComponent<TComponent> Render<TComponent>(Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null)
        where TComponent : IComponent
    {
        Popovers = Bunit.Render<MudPopoverProvider>();
        return Bunit.Render(parameters);
    }

    public async ValueTask DisposeAsync()
    {
        await Bunit.DisposeAsync();
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
    }
}
