using System.Net;
using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BeneluxClimate.Domain.Text;

/// <summary>
/// Turns user-written Markdown into HTML that is safe to put on a page: Markdig with raw HTML
/// disabled and a few chosen extensions, then an allow-list sanitizer that has the last word.
/// Thread-safe; registered as a singleton.
/// </summary>
public sealed class MarkdownRenderer
{
    /// <summary>
    /// Longer input is cut to this many characters. Markdig and the sanitizer both have inputs
    /// whose cost grows with the square of their length (e.g. thousands of unclosed "[");
    /// at this size the worst known takes about half a second. Callers should validate below it.
    /// </summary>
    public const int MaxInputLength = 20_000;

    private const string LinkRel = "nofollow noopener noreferrer";

    private static readonly string[] AllowedTags =
    [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "code", "pre",
        "blockquote", "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td",
    ];

    // No style (so table column alignment is dropped) and no class (so is the fenced code language).
    private static readonly string[] AllowedAttributes = ["href", "title", "start"];

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline _pipeline;
    private readonly HtmlSanitizer _sanitizer;

    public MarkdownRenderer()
    {
        // Not UseAdvancedExtensions: it brings generic attributes, whose {onclick=...} syntax writes
        // arbitrary attributes. No task lists either, so no <input> is ever needed.
        _pipeline = new MarkdownPipelineBuilder()
            .DisableHtml()
            .UsePipeTables()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
            .UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true })
            .Build();

        _sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(AllowedAttributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(AllowedSchemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(HtmlSanitizerDefaults.UriAttributes, StringComparer.OrdinalIgnoreCase),
        });
        _sanitizer.FilterUrl += (_, e) =>
        {
            if (!IsAllowedUrl(e.OriginalUrl))
            {
                e.SanitizedUrl = null;
            }
        };
        _sanitizer.PostProcessNode += (_, e) => PostProcessLink(e);
    }

    public string Render(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return string.Empty;
        }

        if (markdown.Length > MaxInputLength)
        {
            var end = char.IsHighSurrogate(markdown[MaxInputLength - 1]) ? MaxInputLength - 1 : MaxInputLength;
            markdown = markdown[..end];
        }

        try
        {
            var document = Markdown.Parse(markdown, _pipeline);
            ReplaceImages(document);
            return _sanitizer.Sanitize(document.ToHtml(_pipeline));
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested deeper than its MaximumNestingDepth (128) this way,
            // rather than recursing until the stack overflows. Show such input as plain text.
            return "<p>" + WebUtility.HtmlEncode(markdown) + "</p>";
        }
    }

    // Images become plain links to their target: an <img> loads from wherever its author points
    // it (tracking pixels, third-party hosts), a link only when the reader chooses to follow it.
    private static void ReplaceImages(MarkdownDocument document)
    {
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage).ToList())
        {
            if (image.FirstChild is null)
            {
                image.AppendChild(new LiteralInline(image.Url ?? string.Empty));
            }

            if (image.Parent?.FindParentOfType<LinkInline>().Any() == true)
            {
                // A link inside a link is not valid HTML: keep only the image's text.
                image.ReplaceBy(new ContainerInline());
            }
            else
            {
                image.IsImage = false;
            }
        }
    }

    /// <summary>
    /// Absolute http, https and mailto URLs, and paths on this site such as "/projects/3".
    /// Protocol-relative "//host" is refused, and so is "/\host", which browsers read the same way.
    /// </summary>
    private static bool IsAllowedUrl(string url)
    {
        if (url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }

        if (url.StartsWith('/'))
        {
            return url.Length == 1 || (url[1] != '/' && url[1] != '\\');
        }

        var colon = url.IndexOf(':');
        return colon > 0
            && AllowedSchemes.Contains(url[..colon], StringComparer.OrdinalIgnoreCase)
            && Uri.TryCreate(url, UriKind.Absolute, out _);
    }

    private static void PostProcessLink(PostProcessNodeEventArgs e)
    {
        if (e.Node is not IElement { LocalName: "a" } link)
        {
            return;
        }

        if (link.HasAttribute("href"))
        {
            link.SetAttribute("rel", LinkRel);
        }
        else
        {
            // Its URL was refused: keep the text, drop the dead anchor.
            var children = link.ChildNodes.ToList();
            if (children.Count == 0)
            {
                children.Add(e.Document.CreateTextNode(string.Empty));
            }

            foreach (var child in children)
            {
                e.ReplacementNodes.Add(child);
            }
        }
    }
}
