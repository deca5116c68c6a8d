using System.Globalization;
using System.Text;
using BeneluxClimate.Domain.Partnerships;

namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>What a session room leaves behind: attendance (distinct people who entered), top questions and poll results.</summary>
public sealed record SessionSummary(
    int GatheringId,
    string Title,
    RoomState RoomState,
    DateTimeOffset? RoomClosedAtUtc,
    int Attendance,
    int QuestionCount,
    IReadOnlyList<QuestionView> TopQuestions,
    IReadOnlyList<PollView> Polls)
{
    /// <summary>
    /// The text that starts a partnership proposal from this session, built from the UI's localized phrases and
    /// kept within the proposal's limits.
    /// </summary>
    public SessionProposalDraft ToProposalDraft(SessionDraftPhrases phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var culture = CultureInfo.CurrentCulture;
        var title = Clip(string.Format(culture, phrases.TitleFormat, Title), Proposal.TitleMaxLength);
        var summary = Clip(string.Format(culture, phrases.SummaryFormat, Title, Attendance), Proposal.SummaryMaxLength);
        var body = new StringBuilder();
        body.AppendLine(string.Format(culture, phrases.IntroFormat, Title, Attendance)).AppendLine();
        if (TopQuestions.Count > 0)
        {
            body.AppendLine("## " + phrases.QuestionsHeading).AppendLine();
            foreach (var question in TopQuestions)
            {
                body.AppendLine(string.Format(culture, "- {0} ({1})", OneLine(question.Text), string.Format(culture, phrases.UpvotesFormat, question.Upvotes)));
            }

            body.AppendLine();
        }

        if (Polls.Count > 0)
        {
            body.AppendLine("## " + phrases.PollsHeading).AppendLine();
            foreach (var poll in Polls)
            {
                body.AppendLine("**" + OneLine(poll.Question) + "**").AppendLine();
                foreach (var option in poll.Options)
                {
                    body.AppendLine(string.Format(culture, "- {0}: {1}", OneLine(option.Text), string.Format(culture, phrases.VotesFormat, option.Votes)));
                }

                body.AppendLine();
            }
        }

        return new SessionProposalDraft(title, summary, Clip(body.ToString().TrimEnd(), Proposal.BodyMaxLength));
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
