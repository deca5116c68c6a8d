namespace BeneluxClimate.Bench.Circuits;

/// <summary>
/// What a browser answers to the JavaScript calls the platform's pages make, where the caller reads the answer: a null
/// where a number or a module is expected fails inside the component (MudBlazor's popover check wants a count, its
/// charts a size, a draft store its module). Calls whose answer nobody reads get null, as from a void function.
/// </summary>
internal static class BrowserAnswers
{
    private const int JSObjectReferenceResult = 1;

    /// <summary>The arguments of <c>EndInvokeJSFromDotNet</c>'s JSON: call handle, success, result.</summary>
    public static string For(long handle, string identifier, int resultType) =>
        $"[{handle},true,{(resultType == JSObjectReferenceResult ? ModuleReference(handle) : ResultOf(identifier))}]";

    // The call's handle is unique within the circuit, so it serves as the id the browser would give the object.
    private static string ModuleReference(long handle) => $"{{\"__jsObjectId\":{handle}}}";

    private static string ResultOf(string identifier) => identifier switch
    {
        "mudpopoverHelper.countProviders" => "1",
        "mudObserveElementSize" => "{\"width\":1200,\"height\":400,\"timestamp\":1}",
        "mudGetSvgBBox" => "{\"width\":48,\"height\":16,\"timestamp\":1}",
        _ => "null",
    };
}
