using System.Globalization;

namespace BeneluxClimate.App.Live;

/// <summary>
/// The language and formats of the circuit that opened a live view. Live events are delivered on the bus's own
/// thread, whose culture is nobody's; work done for the viewer runs under the viewer's culture, so a pushed change
/// renders in their language with their date formats.
/// </summary>
public readonly struct ViewerCulture
{
    private readonly CultureInfo culture;
    private readonly CultureInfo uiCulture;

    private ViewerCulture(CultureInfo culture, CultureInfo uiCulture) => (this.culture, this.uiCulture) = (culture, uiCulture);

    /// <summary>Call on the circuit, when the view is created.</summary>
    public static ViewerCulture Capture() => new(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    public async Task RunAsync(Func<Task> work)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        try
        {
            await work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }
}
