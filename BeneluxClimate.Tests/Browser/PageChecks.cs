using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser;

/// <summary>The accessibility check and screenshot every browser test makes of the pages it visits.</summary>
public static class PageChecks
{
    public static readonly string ScreenshotFolder =
        Environment.GetEnvironmentVariable("SCREENSHOT_DIR") ?? Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Fails on serious or critical WCAG 2.1 AA violations, then saves a screenshot named <paramref name="fileStem"/>.</summary>
    public static async Task CheckAsync(IPage page, string fileStem)
    {
        await SettleAsync(page);
        var result = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
        {
            RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        await ScreenshotAsync(page, fileStem);
        Assert.True(serious.Count == 0, $"Accessibility violations on {page.Url}:\n{string.Join("\n", serious)}");
    }

    /// <summary>
    /// Judge what the user sees once things settle: the page has its title (Blazor sets it after the first render)
    /// and no animation has run for three checks in a row (a dialog's fade-in may start a moment after it opens).
    /// </summary>
    private static async Task SettleAsync(IPage page)
    {
        try
        {
            await page.WaitForFunctionAsync("() => document.title.trim().length > 0", null, new() { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            // A page without a title: axe reports it as what it is.
        }

        await page.EvaluateAsync("""
            async () => {
              for (let quiet = 0, round = 0; quiet < 3 && round < 60; round++) {
                const running = document.getAnimations();
                running.forEach(a => a.finish());
                quiet = running.length === 0 ? quiet + 1 : 0;
                await new Promise(resolve => setTimeout(resolve, 50));
              }
            }
            """);
    }

    public static async Task ScreenshotAsync(IPage page, string fileStem)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, fileStem + ".png"), FullPage = true });
    }
}
