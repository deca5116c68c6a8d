using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser;

/// <summary>Choosing a country and then a region in the profile's place step, as a person does it.</summary>
public static class PlacePicker
{
    public static async Task ChooseAsync(IPage page, string typed, string country, string region)
    {
        var options = page.Locator(".mud-popover-open .mud-list-item");
        var input = page.Locator("input[data-testid=profile-country], [data-testid=profile-country] input").First;
        await input.ClickAsync();
        await input.FillAsync(typed);
        await options.Filter(new() { HasText = country }).First.ClickAsync();
        await Assertions.Expect(input).ToHaveValueAsync(country);
        await CloseListAsync(options, input);
        await page.Locator("[data-testid=profile-region]").First.ClickAsync();
        await options.Filter(new() { HasText = region }).First.ClickAsync();
        await Assertions.Expect(options).ToHaveCountAsync(0);
    }

    // On a slow circuit the list opened by the first click can come back after the choice (MudAutocomplete then shows
    // every country for the chosen value) and lie over the region's field; a person closes it with Escape.
    private static async Task CloseListAsync(ILocator options, ILocator input)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                await Assertions.Expect(options).ToHaveCountAsync(0, new() { Timeout = 2_000 });
                return;
            }
            catch (PlaywrightException)
            {
                await input.PressAsync("Escape");
            }
        }
        await Assertions.Expect(options).ToHaveCountAsync(0);
    }
}
