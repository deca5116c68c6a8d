using System.Diagnostics;
using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BeneluxClimate.Domain.Text;

namespace BeneluxClimate.Tests.Domain.Text;

public class MarkdownRendererTests
{
    private const string Rel = "nofollow noopener noreferrer";

    private static readonly MarkdownRenderer Renderer = new();

    private static readonly string[] AllowedTags =
    [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "code", "pre",
        "blockquote", "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td",
    ];

    private static readonly string[] ForbiddenTags =
    [
        "script", "iframe", "frame", "object", "embed", "svg", "math", "form", "input", "button",
        "textarea", "style", "link", "meta", "base", "img", "details", "template",
    ];

    private static readonly string[] AllowedAttributes = ["href", "title", "start", "rel"];

    private static readonly string[] UrlAttributes =
        ["href", "src", "action", "formaction", "xlink:href", "background", "poster", "srcset", "data", "cite"];

    private static readonly string[] DangerousSchemes = ["javascript:", "vbscript:", "data:"];

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    private static readonly Dictionary<string, string> Attacks = new()
    {
        ["inline javascript link"] = "[click](javascript:alert(1))",
        ["inline vbscript link"] = "[click](vbscript:msgbox(1))",
        ["inline data link"] = "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        ["reference javascript link"] = "[click][evil]\n\n[evil]: javascript:alert(1)",
        ["reference data link with title"] = "[click][evil]\n\n[evil]: data:text/html,alert(1) \"title\"",
        ["autolink javascript"] = "<javascript:alert(1)>",
        ["autolink vbscript"] = "<VBScript:msgbox(1)>",
        ["autolink data"] = "<data:text/html,alert(1)>",
        ["image javascript"] = "![x](javascript:alert(1))",
        ["image data svg"] = "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        ["image title breaking out"] = "![x](https://img.example/a.png \"\\\" onerror=\\\"alert(1)\")",
        ["link title breaking out"] = "[x](https://ok.example \"\\\" onmouseover=\\\"alert(1)\")",
        ["link title with script"] = "[x](https://ok.example '<script>alert(1)</script>')",
        ["decimal entity scheme"] = "[x](&#106;avascript:alert(1))",
        ["hex entity scheme"] = "[x](&#x6A;avascript:alert(1)) [y](&#X6a;&#x61;vascript:alert(1))",
        ["tab entity in scheme"] = "[x](jav&#x09;ascript:alert(1)) [y](jav&Tab;ascript:alert(1))",
        ["newline entity in scheme"] = "[x](jav&#x0A;ascript:alert(1)) [y](java&NewLine;script:alert(1))",
        ["newline in scheme"] = "[x](java\nscript:alert(1))",
        ["colon entity"] = "[x](javascript&#58;alert(1)) [y](javascript&colon;alert(1))",
        ["mixed case scheme"] = "[x](JaVaScRiPt:alert(1)) <JaVaScRiPt:alert(1)>",
        ["leading spaces"] = "[x](   javascript:alert(1)) [y](< javascript:alert(1)>)",
        ["leading control chars"] = "[x](\u0001javascript:alert(1)) [y](<\u0000javascript:alert(1)>) [z](\u007Fjavascript:alert(1))",
        ["percent-encoded scheme"] = "[x](%6A%61vascript:alert(1)) [y](javascript%3Aalert(1))",
        ["angle-bracket destination"] = "[x](<javascript:alert(1)>)",
        ["raw script tag"] = "Hello <script>alert(1)</script>",
        ["raw script block"] = "<script>\nalert(1)\n</script>",
        ["img onerror"] = "<img src=x onerror=alert(1)>",
        ["anchor onclick"] = "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>",
        ["svg onload"] = "<svg onload=alert(1)><circle r=10 /></svg>",
        ["iframe"] = "<iframe src=\"javascript:alert(1)\"></iframe>",
        ["style tag and attribute"] = "<style>p{background:url(javascript:alert(1))}</style><p style=\"color:red\">x</p>",
        ["object and embed"] = "<object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">",
        ["form and input"] = "<form action=\"javascript:alert(1)\"><input type=submit formaction=javascript:alert(1)></form>",
        ["meta base link"] = "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\"><base href=\"javascript:alert(1)//\"><link rel=stylesheet href=javascript:alert(1)>",
        ["math"] = "<math><maction actiontype=statusline xlink:href=\"javascript:alert(1)\">x</maction></math>",
        ["generic attributes inline"] = "*x*{onclick=\"alert(1)\"}",
        ["generic attributes heading"] = "# Title {#id .class onclick=alert(1) style=\"color:red\"}",
        ["generic attributes link"] = "[x](https://ok.example){onmouseover=alert(1)}",
        ["html comment"] = "<!-- <script>alert(1)</script> -->",
        ["cdata"] = "<![CDATA[<script>alert(1)</script>]]>",
        ["markdown inside html block"] = "<div onclick=\"alert(1)\">\n\n*md* [x](javascript:alert(1))\n\n</div>",
        ["details ontoggle"] = "<details open ontoggle=alert(1)>\n<summary>x</summary>\n</details>",
        ["protocol-relative link"] = "[x](//evil.example/steal) <//evil.example>",
        ["escaped protocol-relative link"] = "[x](\\/\\/evil.example) [y](/\\evil.example)",
        ["mailto with javascript"] = "[x](mailto:javascript:alert(1)) <mailto:javascript:alert(1)> [y](mailto:a@b.example?body=javascript:alert(1))",
        ["nested link in image"] = "[![x](javascript:alert(1))](javascript:alert(2)) ![[y](javascript:alert(1))](https://img.example/a.png)",
        ["backslash escapes"] = "\\<script\\>alert(1)\\</script\\> [x](javascript\\:alert(1)) \\[y\\](javascript:alert(1))",
        ["homoglyph in scheme"] = "[x](j\u0430vascript:alert(1)) [y](javascrip\u0074\uFF1Aalert(1))",
        ["zero-width chars in scheme"] = "[x](java\u200Bscript:alert(1)) [y](\uFEFFjavascript:alert(1)) [z](java\u00ADscript:alert(1))",
        ["bare javascript text"] = "javascript:alert(1) and www.evil.example/\"onmouseover=\"alert(1)",
        ["table cell"] = "| a |\n|---|\n| <img src=x onerror=alert(1)> [x](javascript:alert(1)) |",
        ["encoded text"] = "&lt;script&gt;alert(1)&lt;/script&gt;",
        ["1 MB of mixed attacks"] = Repeat("[x](javascript:alert(1)) <script>alert(1)</script> ![i](https://t.example/p.gif) **b**\n\n", 11_000),
        ["1 MB of open brackets"] = new string('[', 1_000_000),
        ["10,000 nested blockquotes"] = new string('>', 10_000) + " [x](javascript:alert(1))",
        ["10,000 nested brackets"] = Repeat("[", 10_000) + "x" + Repeat("](javascript:alert(1))", 10_000),
        ["10,000 nested images"] = Repeat("![", 10_000) + "x" + Repeat("](javascript:alert(1))", 10_000),
        ["10,000 nested list markers"] = Repeat("- ", 10_000) + "[x](javascript:alert(1))",
        ["10,000 nested emphasis"] = Repeat("*", 10_000) + "x" + Repeat("*", 10_000),
    };

    public static TheoryData<string> AttackNames => new(Attacks.Keys);

    [Theory]
    [MemberData(nameof(AttackNames))]
    public void Attack_vector_renders_safely_and_fast(string name)
    {
        var html = RenderFast(Attacks[name]);

        AssertSafe(html);
    }

    [Fact]
    public void Null_and_empty_render_nothing()
    {
        Assert.Equal("", Renderer.Render(null));
        Assert.Equal("", Renderer.Render(""));
    }

    [Fact]
    public void Headings_render()
    {
        var body = Parse("# One\n\n## Two\n\n### Three");

        Assert.Equal("One", body.QuerySelector("h1")?.TextContent);
        Assert.Equal("Two", body.QuerySelector("h2")?.TextContent);
        Assert.Equal("Three", body.QuerySelector("h3")?.TextContent);
    }

    [Fact]
    public void Bold_italic_and_strikethrough_render()
    {
        var body = Parse("**bold** *italic* _also_ ~~gone~~");

        Assert.Equal("bold", body.QuerySelector("p > strong")?.TextContent);
        Assert.Equal(["italic", "also"], body.QuerySelectorAll("p > em").Select(e => e.TextContent));
        Assert.Equal("gone", body.QuerySelector("p > del")?.TextContent);
    }

    [Fact]
    public void Lists_render()
    {
        var body = Parse("- a\n- b\n\ntext\n\n3. c\n4. d");

        Assert.Equal(["a", "b"], body.QuerySelectorAll("ul > li").Select(e => e.TextContent));
        Assert.Equal(["c", "d"], body.QuerySelectorAll("ol > li").Select(e => e.TextContent));
        Assert.Equal("3", body.QuerySelector("ol")?.GetAttribute("start"));
    }

    [Fact]
    public void Code_renders_escaped()
    {
        var body = Parse("Use `<b>x</b>` here.\n\n```html\n<b>bold</b>\n<script>alert(1)</script>\n```");

        Assert.Equal("<b>x</b>", body.QuerySelector("p > code")?.TextContent);
        Assert.Equal("<b>bold</b>\n<script>alert(1)</script>\n", body.QuerySelector("pre > code")?.TextContent);
        Assert.Null(body.QuerySelector("b"));
        Assert.Null(body.QuerySelector("script"));
    }

    [Fact]
    public void Https_link_keeps_href_and_title_and_gets_rel()
    {
        var link = Assert.Single(Parse("[site](https://example.org/page?a=1&b=2 \"Title\")").QuerySelectorAll("a"));

        Assert.Equal("https://example.org/page?a=1&b=2", link.GetAttribute("href"));
        Assert.Equal("Title", link.GetAttribute("title"));
        Assert.Equal(Rel, link.GetAttribute("rel"));
        Assert.Equal("site", link.TextContent);
    }

    [Fact]
    public void Mailto_links_render()
    {
        var links = Parse("[mail us](mailto:info@example.org) <team@example.org>").QuerySelectorAll("a");

        Assert.Equal(["mailto:info@example.org", "mailto:team@example.org"], links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.Equal(Rel, a.GetAttribute("rel")));
    }

    [Fact]
    public void Bare_links_become_links()
    {
        var links = Parse("See https://example.org/a and www.example.org today.").QuerySelectorAll("a");

        Assert.Equal(["https://example.org/a", "https://www.example.org"], links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.Equal(Rel, a.GetAttribute("rel")));
    }

    [Fact]
    public void Pipe_table_renders_without_style()
    {
        var body = Parse("| Country | CO2 |\n|:--|--:|\n| BE | 10 |\n| NL | 20 |");

        Assert.Equal(["Country", "CO2"], body.QuerySelectorAll("table > thead > tr > th").Select(e => e.TextContent));
        Assert.Equal(["BE", "10", "NL", "20"], body.QuerySelectorAll("table > tbody > tr > td").Select(e => e.TextContent));
        Assert.Null(body.QuerySelector("[style]"));
    }

    [Fact]
    public void Blockquote_renders()
    {
        var body = Parse("> quoted **text**");

        Assert.Equal("text", body.QuerySelector("blockquote > p > strong")?.TextContent);
    }

    [Fact]
    public void Raw_html_is_shown_as_text()
    {
        var body = Parse("a <b>bold</b> move");

        Assert.Null(body.QuerySelector("b"));
        Assert.Equal("a <b>bold</b> move", body.QuerySelector("p")?.TextContent);
    }

    [Fact]
    public void Image_becomes_a_link_to_its_source()
    {
        var body = Parse("![a chart](https://img.example/chart.png) ![](https://img.example/pixel.gif)");

        Assert.Null(body.QuerySelector("img"));
        var links = body.QuerySelectorAll("a");
        Assert.Equal(["https://img.example/chart.png", "https://img.example/pixel.gif"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["a chart", "https://img.example/pixel.gif"], links.Select(a => a.TextContent));
    }

    [Fact]
    public void Image_inside_a_link_leaves_one_link()
    {
        var link = Assert.Single(Parse("[![logo](https://img.example/logo.png)](https://example.org)").QuerySelectorAll("a"));

        Assert.Equal("https://example.org", link.GetAttribute("href"));
        Assert.Equal("logo", link.TextContent);
    }

    [Theory]
    [InlineData("[p](/projects/3)", "/projects/3")]
    [InlineData("[p](/projects/3?tab=map#top)", "/projects/3?tab=map#top")]
    [InlineData("[p](https://example.org)", "https://example.org")]
    [InlineData("[p](http://example.org)", "http://example.org")]
    [InlineData("[p](//evil.example)", null)]
    [InlineData("[p](/\\evil.example)", "/%5Cevil.example")]
    [InlineData("[p](projects/3)", null)]
    [InlineData("[p](#top)", null)]
    [InlineData("[p](ftp://files.example)", null)]
    [InlineData("[p](javascript:alert(1))", null)]
    public void Link_targets_follow_the_url_policy(string markdown, string? expectedHref)
    {
        var body = Parse(markdown);

        Assert.Equal(expectedHref, body.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("p", body.TextContent.Trim());
    }

    [Fact]
    public void Input_beyond_the_maximum_length_is_cut()
    {
        var body = Parse(new string('a', MarkdownRenderer.MaxInputLength + 1000));

        Assert.Equal(MarkdownRenderer.MaxInputLength, body.QuerySelector("p")?.TextContent.Length);
    }

    [Fact]
    public void Too_deeply_nested_input_is_shown_as_text()
    {
        var body = Parse(new string('>', 1_000) + " deep");

        Assert.Null(body.QuerySelector("blockquote"));
        Assert.EndsWith("> deep", body.TextContent);
    }

    [Fact]
    public void Rendering_is_thread_safe()
    {
        const string markdown = "# T\n\n**b** [l](https://example.org) ![i](https://img.example/i.png)\n\n| a |\n|---|\n| 1 |";
        var expected = Renderer.Render(markdown);

        var results = new string[200];
        Parallel.For(0, results.Length, i => results[i] = Renderer.Render(markdown));

        Assert.All(results, html => Assert.Equal(expected, html));
    }

    private static IElement Parse(string markdown) =>
        new HtmlParser().ParseDocument(Renderer.Render(markdown)).Body!;

    // A guard against a hang or a quadratic blow-up, not a speed target (that belongs in a benchmark):
    // the input cut-off keeps the worst case well under a second, a regression takes minutes.
    private static string RenderFast(string markdown)
    {
        var watch = Stopwatch.StartNew();
        var html = Renderer.Render(markdown);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"Rendering took {watch.Elapsed.TotalMilliseconds:F0} ms.");
        return html;
    }

    private static void AssertSafe(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);

        var body = new HtmlParser().ParseDocument(html).Body!;
        foreach (var element in body.QuerySelectorAll("*"))
        {
            var tag = element.LocalName;
            Assert.DoesNotContain(tag, ForbiddenTags);
            Assert.Contains(tag, AllowedTags);

            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                Assert.False(name.StartsWith("on", StringComparison.Ordinal), $"event handler {name} on <{tag}>");
                Assert.NotEqual("style", name);
                Assert.Contains(name, AllowedAttributes);

                if (UrlAttributes.Contains(name))
                {
                    AssertSafeUrl(attribute.Value);
                }
            }

            if (tag == "a" && element.HasAttribute("href"))
            {
                Assert.Equal(Rel, element.GetAttribute("rel"));
            }
        }
    }

    private static void AssertSafeUrl(string url)
    {
        // What a browser ignores inside a scheme, and what could hide one from a naive check.
        static string Squeeze(string value) => string.Concat(value.Where(c =>
            !char.IsWhiteSpace(c) && !char.IsControl(c)
            && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)).ToLowerInvariant();

        foreach (var candidate in new[] { Squeeze(url), Squeeze(Uri.UnescapeDataString(url)) })
        {
            Assert.DoesNotContain(DangerousSchemes, scheme => candidate.StartsWith(scheme, StringComparison.Ordinal));
        }

        var siteRelative = url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
        var absolute = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";
        Assert.True(siteRelative || absolute, $"href {url} is neither site-relative nor http, https or mailto");
    }
}
