using Microsoft.JSInterop;

namespace BeneluxClimate.App.Components.Pages.Proposals.Discussion;

/// <summary>
/// Keeps unsent drafts in the browser's localStorage (wwwroot/js/drafts.js), one per proposal and parent comment.
/// A lost connection only loses what the browser never stored; every call tolerates a circuit that is going away.
/// </summary>
internal sealed class DraftStore(IJSRuntime js) : IAsyncDisposable
{
    private IJSObjectReference? module;

    /// <summary>Per member, so that on a shared computer the next member who signs in does not see another's draft.</summary>
    public static string Key(string? memberId, int proposalId, long? parentId) =>
        $"member:{memberId}:proposal:{proposalId}:{parentId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "root"}";

    public async Task<CommentDraft?> LoadAsync(string key)
    {
        try
        {
            module ??= await js.InvokeAsync<IJSObjectReference>("import", "./js/drafts.js");
            return await module.InvokeAsync<CommentDraft?>("load", key);
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException or TaskCanceledException or InvalidOperationException)
        {
            return null;
        }
    }

    public Task SaveAsync(string key, CommentDraft draft) => CallAsync("save", key, draft);

    public Task ClearAsync(string key) => CallAsync("clear", key);

    private async Task CallAsync(string function, params object?[] arguments)
    {
        try
        {
            if (module is not null)
            {
                await module.InvokeVoidAsync(function, arguments);
            }
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException or TaskCanceledException or InvalidOperationException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (module is not null)
            {
                await module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
        }
    }
}
