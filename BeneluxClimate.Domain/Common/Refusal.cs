namespace BeneluxClimate.Domain.Common;

/// <summary>Why a command was not carried out. The UI turns each value into a message that says what to do.</summary>
public enum Refusal
{
    NotSignedIn,
    Forbidden,
    NotFound,
    InvalidInput,
    RateLimited,
    Conflict,

    /// <summary>A moderator locked the discussion.</summary>
    Locked,
}
