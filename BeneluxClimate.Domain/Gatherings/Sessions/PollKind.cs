namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>Whether an attendee picks exactly one option or a set of options.</summary>
public enum PollKind
{
    SingleChoice,
    MultipleChoice,
}
