using Microsoft.AspNetCore.Components;

namespace BeneluxClimate.App.Components.Shared;

/// <summary>
/// A country's flag, served by the app (flag-icons, MIT), with the country name as its accessible label (empty when the
/// name stands beside it). Markup in the caller's render tree, not a component, for the reason given on <see cref="Avatar"/>.
/// </summary>
public static class Flag
{
    public static RenderFragment Of(string code, string? label = null) => builder =>
    {
        builder.OpenElement(0, "img");
        builder.AddAttribute(1, "class", "flag");
        builder.AddAttribute(2, "src", $"flags/4x3/{code.ToLowerInvariant()}.svg");
        builder.AddAttribute(3, "alt", label);
        builder.AddAttribute(4, "title", label);
        builder.AddAttribute(5, "width", "24");
        builder.AddAttribute(6, "height", "18");
        builder.AddAttribute(7, "loading", "lazy");
        builder.CloseElement();
    };
}
