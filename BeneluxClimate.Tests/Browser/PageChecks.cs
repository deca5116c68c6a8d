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
        // Judge what the user sees once things settle, not a fade-in halfway through.
        await page.EvaluateAsync("() => document.getAnimations().forEach(a => a.finish())");
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

    public static async Task ScreenshotAsync(IPage page, string fileStem)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, fileStem + ".png"), FullPage = true });
    }
}
