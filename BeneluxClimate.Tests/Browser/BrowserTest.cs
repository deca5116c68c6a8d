using System.Runtime.CompilerServices;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser;

/// <summary>
/// Base of the browser tests: the app on its own database behind a real Kestrel port, a fresh browser
/// context, and helpers that wait for the live circuit, check accessibility and save screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture browser, Dictionary<string, string?>? settings = null) : IAsyncLifetime
{
    public static readonly string ScreenshotFolder = PageChecks.ScreenshotFolder;

    protected ClimateAppFactory App { get; } = new("Production", WithDefaults(settings));

    protected Uri BaseAddress { get; private set; } = null!;

    protected IBrowserContext Context { get; private set; } = null!;

    protected IPage Page { get; set; } = null!;

    private readonly List<IBrowserContext> extraContexts = [];

    public virtual async Task InitializeAsync()
    {
        BaseAddress = App.StartKestrel();
        Context = await CreateContextAsync();
        Page = await Context.NewPageAsync();
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var context in extraContexts)
        {
            await context.DisposeAsync();
        }

        await Context.DisposeAsync();
        await App.DisposeAsync();
    }

    /// <summary>Opens a page and, unless it is a static account page, waits until its circuit is live.</summary>
    protected async Task<IResponse?> OpenAsync(string path, bool interactive = true)
    {
        var response = await Page.GotoAsync(path);
        if (interactive)
        {
            await WaitForCircuitAsync();
        }

        return response;
    }

    protected Task WaitForCircuitAsync() => Page.Locator("[data-testid=app][data-interactive=true]").WaitForAsync();

    /// <summary>Fails on serious or critical WCAG 2.1 AA violations, then saves a screenshot.</summary>
    protected Task CheckPageAsync(string name, [CallerMemberName] string test = "") =>
        PageChecks.CheckAsync(Page, $"{GetType().Name}-{test}-{name}");

    protected Task ScreenshotAsync(string name, [CallerMemberName] string test = "") =>
        PageChecks.ScreenshotAsync(Page, $"{GetType().Name}-{test}-{name}");

    /// <summary>A second person's browser: its own cookies, closed with the test.</summary>
    protected async Task<IBrowserContext> NewContextAsync()
    {
        var context = await CreateContextAsync();
        extraContexts.Add(context);
        return context;
    }

    /// <summary>
    /// Signs a demo member in through the login form, in a browser of their own unless one is given, and returns
    /// the page at <paramref name="path"/> once its circuit is live.
    /// </summary>
    protected async Task<IPage> SignedInPageAsync(string email, string path, IBrowserContext? context = null)
    {
        context ??= await NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsDemoMemberAsync(page, email, path);
        return page;
    }

    /// <summary>The acting member behind a demo account, for arranging a test through the services.</summary>
    protected async Task<Actor> ActorAsync(string email)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>().CreateDbContextAsync();
        var user = await db.Users.Where(u => u.Email == email).Select(u => new { u.Id }).SingleAsync();
        var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, r => r.RoleId, role => role.Id, (_, role) => role.Name!).ToArrayAsync();
        return Actor.Member(user.Id, roles);
    }

    private async Task<IBrowserContext> CreateContextAsync()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(30_000); // a cold app's first page (compiling, seeding) on a busy 2-core machine
        return context;
    }

    protected async Task SignInAsync(string email, string password)
    {
        await OpenAsync("/Account/Login", interactive: false);
        await Page.GetByTestId("login-email").FillAsync(email);
        await Page.GetByTestId("login-password").FillAsync(password);
        await Page.GetByTestId("login-submit").ClickAsync();
    }

    private static Dictionary<string, string?> WithDefaults(Dictionary<string, string?>? settings)
    {
        // Every browser request comes from loopback, so the per-IP account limit is relaxed as in Development.
        var all = new Dictionary<string, string?> { ["RateLimits:AccountPostsPerIpPerMinute"] = "1000" };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        return all;
    }
}
