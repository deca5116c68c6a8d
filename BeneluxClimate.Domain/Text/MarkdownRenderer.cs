namespace BeneluxClimate.Domain.Text;

// Placeholder replaced by the renderer being written in parallel.
public sealed class MarkdownRenderer
{
}
