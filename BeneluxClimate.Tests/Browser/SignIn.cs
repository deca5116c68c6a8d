using BeneluxClimate.Domain.Persistence;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser;

/// <summary>Signing a demo member in through the login form, as every browser test does it.</summary>
public static class SignIn
{
    /// <summary>Signs in on <paramref name="page"/> and waits until it shows <paramref name="path"/> with its circuit live.</summary>
    public static async Task AsDemoMemberAsync(IPage page, string email, string path)
    {
        await page.GotoAsync("/Account/Login?ReturnUrl=" + Uri.EscapeDataString(path));
        await page.GetByTestId("login-email").FillAsync(email);
        await page.GetByTestId("login-password").FillAsync(DemoSeeder.Password);
        // The click waits for the sign-in navigation (a password hash, then the first page): give it the navigation budget.
        await page.GetByTestId("login-submit").ClickAsync(new() { Timeout = 30_000 });
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery == path);
        await page.Locator("[data-testid=app][data-interactive=true]").WaitForAsync();
    }
}
