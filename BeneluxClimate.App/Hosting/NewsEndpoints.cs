using System.Globalization;
using System.Text;
using System.Xml;
using BeneluxClimate.App.Resources;
using BeneluxClimate.Domain.News;
using Microsoft.Extensions.Localization;

namespace BeneluxClimate.App.Hosting;

/// <summary>The news as an RSS 2.0 feed, for feed readers (which send no cookie: it lists published posts only).</summary>
internal static class NewsEndpoints
{
    public const string FeedPath = "/news/rss.xml";
    public const int FeedSize = 20;

    public static void MapNewsEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(FeedPath, async (HttpContext context, NewsDirectory news, IStringLocalizer<NewsStrings> text) =>
        {
            var posts = await news.LatestAsync(FeedSize, context.RequestAborted);
            var site = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/";
            var xml = Write(posts, site, text["Feed_Title"], text["List_Lead"], CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
            context.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Text(xml, "application/rss+xml; charset=utf-8", Encoding.UTF8);
        });

    /// <summary>RSS 2.0 with absolute links, RFC 822 dates and an atom:link to itself.</summary>
    public static string Write(IReadOnlyList<NewsCard> posts, string siteUrl, string title, string description, string language)
    {
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            const string Atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, Atom);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", title);
            xml.WriteElementString("link", siteUrl + "news");
            xml.WriteElementString("description", description);
            xml.WriteElementString("language", language);
            if (posts.Count > 0)
            {
                xml.WriteElementString("lastBuildDate", Rfc822(posts.Max(p => p.UpdatedAtUtc > p.PublishedAtUtc ? p.UpdatedAtUtc : p.PublishedAtUtc)));
            }

            xml.WriteStartElement("atom", "link", Atom);
            xml.WriteAttributeString("href", siteUrl + FeedPath.TrimStart('/'));
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            foreach (var post in posts)
            {
                var link = $"{siteUrl}news/{post.Id}";
                xml.WriteStartElement("item");
                xml.WriteElementString("title", post.Title);
                xml.WriteElementString("link", link);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(link);
                xml.WriteEndElement();
                xml.WriteElementString("description", post.Summary);
                xml.WriteElementString("pubDate", Rfc822(post.PublishedAtUtc));
                xml.WriteElementString("category", post.Language);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        // StringBuilder output declares utf-16; the response is UTF-8.
        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static string Rfc822(DateTimeOffset utc) => utc.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " GMT";
}
