using BeneluxClimate.App.Components.Pages.News;
using BeneluxClimate.Tests.Builders;
using Bunit;

namespace BeneluxClimate.Tests.Components.News;

public sealed class EmptyNewsTests
{
    [Fact]
    public async Task A_visitor_is_told_there_is_no_news_yet_and_offered_the_feed()
    {
        await using var context = new ComponentTestContext();

        var empty = context.Render<EmptyNews>();

        Assert.Contains("No news yet", empty.Markup);
        Assert.Contains("news/rss.xml", empty.Markup);
        Assert.DoesNotContain("news/new", empty.Markup);
    }

    [Fact]
    public async Task A_filtered_empty_list_offers_all_news_and_a_host_may_write()
    {
        await using var context = new ComponentTestContext("nl");

        var empty = context.Render<EmptyNews>(p => p.Add(e => e.Filtered, true).Add(e => e.CanWrite, true));

        Assert.Contains("Geen nieuws in deze taal", empty.Markup);
        Assert.Contains("href=\"news\"", empty.Markup);
        Assert.Contains("news/new", empty.Markup);
    }
}
