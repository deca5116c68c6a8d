using Microsoft.AspNetCore.SignalR;

namespace BeneluxClimate.App.Hosting.Bench;

/// <summary>
/// A plain hub at <see cref="Path"/>, only with <c>Bench:Enabled</c>: the raw SignalR broadcast the live page is
/// compared with. Its clients only listen; the bench broadcasts through <see cref="IHubContext{THub}"/>.
/// </summary>
internal sealed class BenchRawHub : Hub
{
    public const string Path = "/bench/raw";

    public const string PayloadMethod = "payload";
}

internal static class BenchRawHubServices
{
    private const string MessagePack = "messagepack";

    /// <summary>
    /// Offers MessagePack to the raw hub alone: the protocol joins the registered ones, is taken out of the defaults
    /// every other hub copies, and is the raw hub's only protocol. The Blazor hub keeps its own (blazorpack).
    /// </summary>
    public static void AddBenchRawHub(this IServiceCollection services)
    {
        services.AddSignalR()
            .AddMessagePackProtocol()
            .AddHubOptions<BenchRawHub>(options => options.SupportedProtocols = [MessagePack]);
        services.PostConfigure<HubOptions>(options => options.SupportedProtocols?.Remove(MessagePack));
    }
}
