using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Tests.Builders;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser;

public sealed class AccountFlowTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_newcomer_signs_up_confirms_the_email_signs_in_and_out()
    {
        const string password = "tidal energy from the Scheldt";
        await OpenAsync("/Account/Register", interactive: false);
        await CheckPageAsync("register");
        await Page.GetByTestId("register-email").FillAsync("lotte.janssens@example.test");
        await Page.GetByTestId("register-password").FillAsync(password);
        await Page.GetByTestId("register-submit").ClickAsync();
        await Page.WaitForURLAsync("**/Account/RegisterConfirmation**");
        await CheckPageAsync("register-confirmation");

        var mail = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(App.MailFolder, "*.eml")));
        await Page.GotoAsync(MailLinks.ConfirmationLink(mail));
        await CheckPageAsync("email-confirmed");

        await SignInAsync("lotte.janssens@example.test", password);
        await WaitForCircuitAsync();
        await Assertions.Expect(Page.GetByTestId("user-menu")).ToContainTextAsync("Lotte Janssens");
        await CheckPageAsync("signed-in");

        await Page.GetByTestId("user-menu").ClickAsync();
        await Page.GetByTestId("sign-out").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("sign-in-link")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("user-menu")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_a_while()
    {
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await SignInAsync("joost@demo.test", $"not my password {attempt}");
            await Assertions.Expect(Page.GetByTestId("login-error")).ToBeVisibleAsync();
        }

        await SignInAsync("joost@demo.test", DemoSeeder.Password);

        await Assertions.Expect(Page.GetByTestId("login-error")).ToBeVisibleAsync();
        Assert.Contains("/Account/Login", Page.Url);
        await CheckPageAsync("locked-out");
    }

    [Fact]
    public async Task A_member_signs_in_with_the_demo_password_and_sees_their_name()
    {
        await SignInAsync("anna@demo.test", DemoSeeder.Password);
        await WaitForCircuitAsync();

        await Assertions.Expect(Page.GetByTestId("user-menu")).ToContainTextAsync("Anna Peeters");
        await Page.GetByTestId("user-menu").ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Menuitem, new() { Name = "Account settings" })).ToBeVisibleAsync();
        await CheckPageAsync("user-menu-open");
    }
}
