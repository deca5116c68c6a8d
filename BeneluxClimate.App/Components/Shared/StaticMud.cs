using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BeneluxClimate.App.Components.Shared;

/// <summary>
/// MudBlazor's markup for parts that do nothing interactive (an icon, a read-only chip), in the caller's render tree as
/// one markup frame instead of a component. Used where a page is kept open by many people at once (the layout, the
/// proposal page): each component instance costs every open circuit a few kilobytes for as long as it is open.
/// </summary>
public static class StaticMud
{
    private static readonly ConcurrentDictionary<(string Icon, Size Size, string? Class), MarkupString> Icons = new();

    public static MarkupString Icon(string icon, Size size = Size.Medium, string? cssClass = null) =>
        Icons.GetOrAdd((icon, size, cssClass), key => new MarkupString(
            $"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-{key.Size.ToString().ToLowerInvariant()}{(key.Class is null ? "" : " " + key.Class)}\" " +
            $"focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{key.Icon}</svg>"));

    /// <summary>
    /// A link that looks like <c>MudButton</c> with <c>Href</c> (medium size); <paramref name="color"/> as MudBlazor names it
    /// ("primary", "inherit"); text and address are encoded.
    /// </summary>
    public static MarkupString LinkButton(string href, string text, Variant variant, string color, string? icon = null, string? cssClass = null,
        string? testId = null)
    {
        var kind = variant.ToString().ToLowerInvariant();
        var iconHtml = icon is null ? "" : $"<span class=\"mud-button-icon-start mud-button-icon-size-medium\">{Icon(icon).Value}</span>";
        return new MarkupString(
            $"<a class=\"mud-button-root mud-button mud-button-{kind} mud-button-{kind}-{color} mud-button-{kind}-size-medium mud-ripple" +
            $"{(variant == Variant.Filled ? " mud-button-disable-elevation" : "")}{(cssClass is null ? "" : " " + cssClass)}\" " +
            $"href=\"{WebUtility.HtmlEncode(href)}\"{(testId is null ? "" : $" data-testid=\"{testId}\"")}>" +
            $"<span class=\"mud-button-label\">{iconHtml}{WebUtility.HtmlEncode(text)}</span></a>");
    }

    /// <summary>A small read-only chip (<c>MudChip</c> with <c>Size.Small</c>); attributes are written as given, encoded.</summary>
    public static MarkupString Chip(string text, Color color, Variant variant, string? icon = null, string? cssClass = null,
        params (string Name, string Value)[] attributes)
    {
        var attributeText = string.Concat(attributes.Select(a => $" {a.Name}=\"{WebUtility.HtmlEncode(a.Value)}\""));
        var iconHtml = icon is null ? "" : Icon(icon, Size.Small, "mud-chip-icon").Value;
        return new MarkupString(
            $"<div class=\"mud-chip-container\"><div class=\"mud-chip mud-chip-{variant.ToString().ToLowerInvariant()} mud-chip-size-small " +
            $"mud-chip-color-{color.ToString().ToLowerInvariant()}{(cssClass is null ? "" : " " + cssClass)}\"{attributeText}>" +
            $"{iconHtml}<span class=\"mud-chip-content\">{WebUtility.HtmlEncode(text)}</span></div></div>");
    }
}
