using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Tests.Builders;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser;

public sealed class AccountSecurityTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_member_turns_on_an_authenticator_app_and_then_needs_its_code_to_sign_in()
    {
        await SignInAsync("claire@demo.test", DemoSeeder.Password);
        await WaitForCircuitAsync();
        await OpenAsync("/Account/Manage/EnableAuthenticator", interactive: false);
        await Assertions.Expect(Page.GetByTestId("authenticator-qr")).ToBeVisibleAsync();
        await CheckPageAsync("enable-authenticator");

        var key = await Page.GetByTestId("authenticator-key").InnerTextAsync();
        await Page.GetByTestId("authenticator-code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await Page.GetByTestId("authenticator-submit").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("recovery-codes")).ToBeVisibleAsync();

        await Context.ClearCookiesAsync();
        await SignInAsync("claire@demo.test", DemoSeeder.Password);
        await Page.WaitForURLAsync("**/Account/LoginWith2fa**");
        await CheckPageAsync("two-factor-sign-in");
        await Page.GetByTestId("login-2fa-code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)));
        await Page.GetByTestId("login-2fa-submit").ClickAsync();
        await WaitForCircuitAsync();

        await Assertions.Expect(Page.GetByTestId("user-menu")).ToContainTextAsync("Claire Schmit");
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_mailed_link()
    {
        const string newPassword = "Kirchberg trams run on wind";
        await OpenAsync("/Account/ForgotPassword", interactive: false);
        await Page.GetByTestId("forgot-email").FillAsync("joost@demo.test");
        await Page.GetByTestId("forgot-submit").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("forgot-confirmation")).ToBeVisibleAsync();

        var mail = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(App.MailFolder, "*.eml")));
        await Page.GotoAsync(MailLinks.ConfirmationLink(mail));
        await Page.Locator("#Input\\.Email").FillAsync("joost@demo.test");
        await Page.Locator("#Input\\.Password").FillAsync(newPassword);
        await Page.Locator("#Input\\.ConfirmPassword").FillAsync(newPassword);
        await CheckPageAsync("reset-password");
        await Page.GetByTestId("reset-submit").ClickAsync();
        await Page.WaitForURLAsync("**/Account/ResetPasswordConfirmation**");

        await SignInAsync("joost@demo.test", DemoSeeder.Password);
        await Assertions.Expect(Page.GetByTestId("login-error")).ToBeVisibleAsync();
        await SignInAsync("joost@demo.test", newPassword);
        await WaitForCircuitAsync();
        await Assertions.Expect(Page.GetByTestId("user-menu")).ToContainTextAsync("Joost Bakker");
    }
}
