namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>
/// The localized phrases a proposal draft is built from. Formats: title {0}=event; summary and intro {0}=event,
/// {1}=attendance; upvotes and votes {0}=count.
/// </summary>
public sealed record SessionDraftPhrases(
    string TitleFormat,
    string SummaryFormat,
    string IntroFormat,
    string QuestionsHeading,
    string PollsHeading,
    string UpvotesFormat,
    string VotesFormat);
