using BeneluxClimate.App.Components.Pages.Proposals.Discussion;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Tests.Builders;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Components.Proposals;

public sealed class ReadOnlyCommentsTests
{
    private static CommentView Comment(string authorName = "Anna Peeters", DateTimeOffset? editedAt = null) => new(
        7, 1, null, Guid.Empty, new MemberRef("user-7", authorName, "BE", null, "Water & Climate <Lab>"), "<p>Shared forecasts.</p>",
        DateTimeOffset.UtcNow.AddMinutes(-5), editedAt, false, false, new Dictionary<ReactionKind, int> { [ReactionKind.Agree] = 2 });

    [Fact]
    public async Task Visitors_of_the_same_comment_share_one_string_of_markup_until_the_comment_changes()
    {
        await using var context = new ComponentTestContext();
        var comments = context.Bunit.Services.GetRequiredService<ReadOnlyComments>();

        var first = comments.Markup(Comment(), highlighted: false).Value;
        var second = comments.Markup(Comment(), highlighted: false).Value; // another circuit's copy of the same comment
        var edited = comments.Markup(Comment(editedAt: DateTimeOffset.UtcNow), highlighted: false).Value;

        Assert.Same(first, second);
        Assert.Contains("<p>Shared forecasts.</p>", first);
        Assert.Contains("5 min ago", first);
        Assert.Contains("data-testid=\"reaction-count\">2<", first);
        Assert.DoesNotContain("comment-edited", first);
        Assert.Contains("comment-edited", edited);
        Assert.Contains("live-highlight", comments.Markup(Comment(), highlighted: true).Value);
    }

    [Fact]
    public async Task Names_and_organisations_are_encoded_so_they_cannot_inject_markup()
    {
        await using var context = new ComponentTestContext();
        var comments = context.Bunit.Services.GetRequiredService<ReadOnlyComments>();

        var html = comments.Markup(Comment("<img src=x onerror=alert(1)>"), highlighted: false).Value;

        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.Contains("Water &amp; Climate &lt;Lab&gt;", html);
    }
}
