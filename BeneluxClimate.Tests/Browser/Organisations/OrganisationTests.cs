using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser.Organisations;

public sealed class OrganisationTests(BrowserFixture browser) : BrowserTest(browser)
{
    private async Task<T> QueryAsync<T>(Func<ClimateDbContext, Task<T>> query)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    private Task<string> UserIdAsync(string email) => QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private async Task SignInThenOpenAsync(IPage page, string email, string path)
    {
        await page.GotoAsync("/Account/Login?ReturnUrl=" + Uri.EscapeDataString(path));
        await page.GetByTestId("login-email").FillAsync(email);
        await page.GetByTestId("login-password").FillAsync(DemoSeeder.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.WaitForURLAsync("**" + path);
        await page.Locator("[data-testid=app][data-interactive=true]").WaitForAsync();
    }

    [Fact]
    public async Task A_member_asks_to_join_an_admin_accepts_and_makes_them_admin_and_they_can_leave()
    {
        var koenId = await UserIdAsync("koen.willems@demo.test");
        var onboarded = await App.Services.GetRequiredService<MemberProfiles>()
            .SaveAsync(Actor.Member(koenId, Roles.Member), ProfileInputs.Valid("Koen Willems") with { Headline = "Tidal energy engineer in Vlissingen", CountryCode = "NL", RegionCode = "NL-ZE" });
        Assert.True(onboarded.Succeeded);
        var organisationId = await QueryAsync(db => db.Organisations.Where(o => o.Name == "Getijstroom Energie B.V.").Select(o => o.Id).SingleAsync());
        var path = $"/organisations/{organisationId}";

        await SignInThenOpenAsync(Page, "koen.willems@demo.test", path);
        await Assertions.Expect(Page.GetByTestId("organisation-name")).ToHaveTextAsync("Getijstroom Energie B.V.");
        await Assertions.Expect(Page.Locator($"[data-testid=organisation-member][data-member-id='{koenId}']")).ToHaveCountAsync(0);
        await Page.GetByTestId("join-request-button").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("join-request-button")).ToContainTextAsync("Request sent");
        await Assertions.Expect(Page.GetByTestId("join-request-button")).ToBeDisabledAsync();
        await CheckPageAsync("request-sent");

        await Context.ClearCookiesAsync(); // Koen signs off; Joost, an admin of Getijstroom, signs in
        await SignInThenOpenAsync(Page, "joost@demo.test", path);
        var request = Page.Locator($"[data-testid=join-request-item][data-member-id='{koenId}']");
        await Assertions.Expect(request).ToContainTextAsync("Koen Willems");
        await CheckPageAsync("admin-with-request");
        await request.GetByTestId("accept-request").ClickAsync();

        await Assertions.Expect(Page.Locator($"[data-testid=organisation-member][data-member-id='{koenId}']")).ToContainTextAsync("Koen Willems");
        await Assertions.Expect(request).ToHaveCountAsync(0);
        await CheckPageAsync("admin-accepted");

        var koenRow = Page.Locator($"[data-testid=organisation-member][data-member-id='{koenId}']");
        await koenRow.GetByTestId("organisation-admin-toggle").ClickAsync();
        await Assertions.Expect(koenRow).ToContainTextAsync("Admin");
        await Assertions.Expect(koenRow.GetByTestId("organisation-admin-toggle")).ToHaveTextAsync("Remove admin");

        await OpenAsync($"/members/{koenId}");
        await Assertions.Expect(Page.GetByTestId("member-organisation")).ToHaveTextAsync("Getijstroom Energie B.V.");

        await Context.ClearCookiesAsync(); // Koen, now an admin beside Joost, leaves after confirming
        await SignInThenOpenAsync(Page, "koen.willems@demo.test", path);
        await Page.GetByTestId("organisation-leave").ClickAsync();
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Leave organisation" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("organisation-left")).ToBeVisibleAsync();
        await Assertions.Expect(koenRow).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByTestId("join-request-button")).ToBeEnabledAsync();
        await CheckPageAsync("member-left");
    }

    [Fact]
    public async Task A_member_creates_an_organisation_after_fixing_the_enterprise_number()
    {
        await SignInThenOpenAsync(Page, "bram.jacobs@demo.test", "/members");
        await Page.GetByTestId("directory-organisations").ClickAsync();
        await Page.WaitForURLAsync("**/organisations");
        await CheckPageAsync("list");
        await Page.GetByTestId("organisation-search").FillAsync("liege");
        await Assertions.Expect(Page.GetByTestId("organisation-result")).ToHaveCountAsync(1);
        await Page.GetByTestId("organisation-create").ClickAsync();
        await Page.WaitForURLAsync("**/organisations/new");

        await Page.GetByTestId("organisation-form-name").FillAsync("Warmtenet Mechelen cv");
        await Page.GetByTestId("organisation-form-registry").FillAsync("0403.170.702");
        await Page.GetByTestId("organisation-form-submit").ClickAsync();
        await Assertions.Expect(Page.GetByText("correct check digits")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("organisation-form-registry")).ToHaveAttributeAsync("aria-invalid", "true");
        await CheckPageAsync("form-invalid");

        await Page.GetByTestId("organisation-form-registry").FillAsync("0403.170.701");
        await Page.GetByTestId("organisation-form-submit").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("organisation-name")).ToHaveTextAsync("Warmtenet Mechelen cv");
        await Assertions.Expect(Page.GetByTestId("organisation-registry")).ToHaveTextAsync("0403.170.701");
        Assert.Equal(1, await QueryAsync(db => db.Organisations.CountAsync(o => o.Name == "Warmtenet Mechelen cv")));
        await CheckPageAsync("created");
    }

    [Fact]
    public async Task Visitors_see_an_organisation_and_unknown_ids_answer_404()
    {
        var organisationId = await QueryAsync(db => db.Organisations.Where(o => o.Name == "Leuven Centre for Water and Climate Research").Select(o => o.Id).SingleAsync());

        await OpenAsync($"/organisations/{organisationId}");
        await Assertions.Expect(Page.GetByTestId("organisation-name")).ToHaveTextAsync("Leuven Centre for Water and Climate Research");
        await Assertions.Expect(Page.GetByTestId("organisation-member").First).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("join-request-button")).ToHaveCountAsync(0);
        await CheckPageAsync("visitor");

        var missing = await OpenAsync("/organisations/999999", interactive: false);
        Assert.Equal(404, missing!.Status);
    }
}
