namespace BeneluxClimate.Domain.Live;

/// <summary>The last sequence number handed out on a topic.</summary>
public sealed class TopicSequence
{
    private TopicSequence()
    {
    }

    public string Topic { get; private set; } = "";

    public long Last { get; private set; }
}
