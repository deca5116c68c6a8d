using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using BeneluxClimate.App.Components.Shared;
using BeneluxClimate.App.Localization;
using BeneluxClimate.App.Resources;
using BeneluxClimate.Domain.Partnerships;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;

namespace BeneluxClimate.App.Components.Pages.Proposals.Discussion;

/// <summary>
/// A comment as a visitor reads it: one string of HTML, built once and shared by every circuit that shows the same
/// comment in the same language at the same age. A visitor can do nothing with a comment, so it needs no component and
/// no elements of its own in the circuit's render tree; each of those costs every open circuit memory (twice: current
/// and previous frames), and a popular discussion has thousands of visitors open at once.
/// </summary>
public sealed class ReadOnlyComments(
    TaxonomyText taxonomy, IStringLocalizer<DiscussionStrings> text, IStringLocalizer<ReportStrings> reports, TimeProvider time)
{
    private const int MaxEntries = 20_000;

    private static readonly MemoryCacheEntryOptions EntryOptions = new() { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) };

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    // The last markup built for each comment instance, checked before the cache: a comment pushed to a thousand visitors
    // re-renders every thread, and each thread asks for every comment again, so the common answer must cost no allocation.
    private readonly ConditionalWeakTable<CommentView, Memo> memos = new();

    /// <summary>
    /// The comment's markup; with <paramref name="listItem"/> inside its own <c>li</c>, so that a comment without
    /// replies is one frame in each circuit's render tree instead of two (an element and its markup).
    /// </summary>
    public MarkupString Markup(CommentView comment, bool highlighted, bool listItem = false) =>
        Begin(time.GetUtcNow()).Markup(comment, highlighted, listItem);

    /// <summary>The render's time and the languages, read once for all the comments it shows.</summary>
    public Pass Begin(DateTimeOffset now) => new(this, now, CultureInfo.CurrentUICulture.Name, CultureInfo.CurrentCulture.Name);

    public readonly record struct Pass(ReadOnlyComments Comments, DateTimeOffset Now, string UiCulture, string Culture)
    {
        public MarkupString Markup(CommentView comment, bool highlighted, bool listItem = false) => Comments.Markup(comment, highlighted, listItem, this);
    }

    private MarkupString Markup(CommentView comment, bool highlighted, bool listItem, Pass pass)
    {
        // The age's step decides its text, so a thread rendered again for a pushed comment finds every other comment here.
        var (now, uiCulture, culture) = (pass.Now, pass.UiCulture, pass.Culture);
        var step = RelativeTime.Step(now - comment.CreatedAtUtc);
        if (memos.TryGetValue(comment, out var memo) && memo.Highlighted == highlighted && memo.ListItem == listItem
            && memo.Step == step && memo.UiCulture == uiCulture && memo.Culture == culture)
        {
            return memo.Html;
        }

        var key = (comment.Id, highlighted, listItem, step, uiCulture, culture);
        MarkupString html;
        if (cache.TryGetValue(key, out Entry? entry) && SameContent(entry!.Comment, comment))
        {
            html = entry.Html;
        }
        else
        {
            var article = Build(comment, highlighted, RelativeTime.Html(comment.CreatedAtUtc, now, text));
            html = new MarkupString(listItem ? $"<li>{article}</li>" : article);
            cache.Set(key, new Entry(comment, html), EntryOptions);
        }

        memos.AddOrUpdate(comment, new Memo(highlighted, listItem, step, uiCulture, culture, html));
        return html;
    }

    /// <summary>The visitor's sign-in button under a discussion: the same for every visitor of the proposal in a language.</summary>
    public MarkupString SignInButton(int proposalId)
    {
        var label = text["SignIn_Link"].Value;
        return cache.GetOrCreate((proposalId, label, "sign-in"), entry =>
        {
            entry.SetOptions(EntryOptions);
            return StaticMud.LinkButton(SignInLink.To($"/proposals/{proposalId}"), label, MudBlazor.Variant.Outlined,
                "primary", MudBlazor.Icons.Material.Outlined.Login, "mt-2");
        });
    }

    private sealed record Entry(CommentView Comment, MarkupString Html);

    private sealed record Memo(bool Highlighted, bool ListItem, long Step, string UiCulture, string Culture, MarkupString Html);

    /// <summary>
    /// One instance of each comment for every visitor's circuit: a thread loaded by each circuit is otherwise its own
    /// copy of every comment, name and body, kept while the page is open.
    /// </summary>
    public CommentView Shared(CommentView comment)
    {
        var key = (comment.Id, "view");
        if (cache.TryGetValue(key, out CommentView? shared) && SameContent(shared!, comment))
        {
            return shared!;
        }

        cache.Set(key, comment, EntryOptions);
        return comment;
    }

    // What the markup shows; the body changes only with an edit.
    private static bool SameContent(CommentView a, CommentView b) =>
        ReferenceEquals(a, b) || (a.Id == b.Id && a.ParentId == b.ParentId && a.EditedAtUtc == b.EditedAtUtc && a.IsDeleted == b.IsDeleted
            && a.IsHidden == b.IsHidden && a.Author == b.Author && SameReactions(a.Reactions, b.Reactions));

    // A loop, not a lambda: a captured variable makes the compiler allocate on every call, even when the references match.
    private static bool SameReactions(IReadOnlyDictionary<ReactionKind, int> a, IReadOnlyDictionary<ReactionKind, int> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (var (kind, count) in a)
        {
            if (b.GetValueOrDefault(kind) != count)
            {
                return false;
            }
        }

        return true;
    }

    private string Build(CommentView comment, bool highlighted, string age)
    {
        var name = comment.Author.IsFormer ? text["Author_Former"].Value : comment.Author.DisplayName;
        var removed = comment.IsDeleted || comment.IsHidden;
        var html = new StringBuilder(512 + comment.BodyHtml.Length);
        html.Append($"<article class=\"comment{(comment.ParentId is null ? "" : " comment-reply")}{(highlighted ? " live-highlight" : "")}\" ")
            .Append($"data-testid=\"comment\" data-comment-id=\"{comment.Id}\" aria-label=\"{Encode(text["Comment_Label", name])}\">")
            .Append(Head(comment, age, text, taxonomy));
        html.Append(comment.IsHidden && !comment.IsDeleted
            ? $"<p class=\"comment-removed muted\" data-testid=\"comment-hidden-placeholder\">{Encode(reports["Placeholder"])}</p>"
            : removed
                ? $"<p class=\"comment-removed muted\" data-testid=\"comment-removed\">{Encode(text["Removed"])}</p>"
                : $"<div class=\"markdown comment-body\" data-testid=\"comment-body\">{comment.BodyHtml}</div>");
        if (!removed && comment.Reactions.Values.Any(count => count > 0))
        {
            AppendReactions(html, comment);
        }

        return html.Append("</article>").ToString();
    }

    /// <summary>The comment's header (author, flag, organisation, age, edited), the same for members' comments.</summary>
    public static string Head(CommentView comment, string age, IStringLocalizer<DiscussionStrings> text, TaxonomyText taxonomy)
    {
        var author = comment.Author;
        var name = author.IsFormer ? text["Author_Former"].Value : author.DisplayName;
        var html = new StringBuilder("<header class=\"comment-head\">");
        if (author.IsFormer)
        {
            html.Append($"<span class=\"comment-author muted\" data-testid=\"comment-author\">{Encode(name)}</span>");
        }
        else
        {
            html.Append(Avatar.Html(name))
                .Append($"<a class=\"comment-author\" href=\"members/{Encode(author.UserId!)}\" data-testid=\"comment-author\">{Encode(name)}</a>");
            if (author.CountryCode is { } country)
            {
                html.Append(Flag.Html(country, taxonomy.Country(country)));
            }

            if (author.OrganisationName is { } organisation)
            {
                html.Append($"<span class=\"comment-org\">{Encode(organisation)}</span>");
            }
        }

        html.Append($"<span class=\"comment-time\">{age}</span>");
        if (comment.IsEdited && !comment.IsDeleted && !comment.IsHidden)
        {
            html.Append($"<span class=\"comment-edited\" data-testid=\"comment-edited\" title=\"{Encode(text["Edited_Title"])}\">{Encode(text["Edited"])}</span>");
        }

        return html.Append("</header>").ToString();
    }

    private void AppendReactions(StringBuilder html, CommentView comment)
    {
        html.Append($"<footer class=\"comment-actions\"><div class=\"comment-reactions\" role=\"group\" aria-label=\"{Encode(text["Reactions_Label"])}\">");
        foreach (var kind in ReactionIcons.Kinds)
        {
            if (comment.Reactions.GetValueOrDefault(kind) is var count and > 0)
            {
                var label = Encode(text[$"Reaction_{kind}"]);
                html.Append($"<span class=\"reaction reaction-readonly\" data-testid=\"reaction-button\" data-kind=\"{kind}\" title=\"{label}\">")
                    .Append($"{ReactionIcons.Of(kind)} <span class=\"visually-hidden\">{label}</span> <span data-testid=\"reaction-count\">{count}</span></span>");
            }
        }

        html.Append("</div></footer>");
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
