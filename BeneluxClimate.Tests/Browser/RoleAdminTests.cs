using BeneluxClimate.Domain.Persistence;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser;

public sealed class RoleAdminTests(BrowserFixture browser) : BrowserTest(browser, new()
{
    ["Security:RequireTwoFactorForStaff"] = "false",
    ["Security:RevalidationSeconds"] = "2",
})
{
    [Fact]
    public async Task An_admin_grants_a_role_that_is_recorded_and_revoking_it_takes_effect_on_open_sessions()
    {
        var anna = await Context.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString() });
        var annaPage = await anna.NewPageAsync();

        await SignInAsync("admin@demo.test", DemoSeeder.Password);
        await WaitForCircuitAsync();
        await OpenAsync("/admin/roles");
        await Page.GetByTestId("role-search").FillAsync("anna");
        var annaRow = Page.GetByTestId("role-row").Filter(new() { HasText = "Anna Peeters" });
        await Assertions.Expect(Page.GetByTestId("role-row")).ToHaveCountAsync(1);
        await annaRow.Locator("input[data-role=Moderator], [data-role=Moderator] input").CheckAsync();
        await Assertions.Expect(Page.GetByTestId("role-log-entry").First).ToContainTextAsync("Sophie Lambert");
        await Assertions.Expect(Page.GetByTestId("role-log-entry").First).ToContainTextAsync("granted Moderator to Anna Peeters");
        await CheckPageAsync("roles-granted");

        await annaPage.GotoAsync("/Account/Login");
        await annaPage.GetByTestId("login-email").FillAsync("anna@demo.test");
        await annaPage.GetByTestId("login-password").FillAsync(DemoSeeder.Password);
        await annaPage.GetByTestId("login-submit").ClickAsync();
        await annaPage.Locator("[data-testid=app][data-interactive=true]").WaitForAsync();
        await Assertions.Expect(annaPage.Locator("nav.main-nav")).ToContainTextAsync("Moderation");

        await annaRow.Locator("input[data-role=Moderator], [data-role=Moderator] input").UncheckAsync();
        await Assertions.Expect(Page.GetByTestId("role-log-entry").First).ToContainTextAsync("revoked Moderator from Anna Peeters");

        // Anna's open page loses the role within the revalidation interval, without a reload.
        await Assertions.Expect(annaPage.Locator("nav.main-nav")).Not.ToContainTextAsync("Moderation", new() { Timeout = 8_000 });
        await anna.DisposeAsync();
    }

    [Fact]
    public async Task A_member_who_opens_the_roles_page_is_told_it_is_not_for_them()
    {
        await SignInAsync("claire@demo.test", DemoSeeder.Password);
        await WaitForCircuitAsync();

        await OpenAsync("/admin/roles", interactive: false);

        await Page.WaitForURLAsync("**/Account/AccessDenied**");
        await Assertions.Expect(Page.GetByTestId("role-row")).ToHaveCountAsync(0);
        await CheckPageAsync("access-denied");
    }
}
