using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Partnerships;

namespace BeneluxClimate.App.Components.Pages.Proposals.Form;

/// <summary>A published project the proposal links to, with its title for the chip.</summary>
public sealed record ProjectChoice(int Id, string Title);

/// <summary>The proposal form's editable state: what the inputs bind to, turned into a <see cref="ProposalInput"/> on submit.</summary>
public sealed class ProposalFormModel
{
    /// <summary>A deadline given without a time closes at the end of that day in Brussels.</summary>
    public static readonly TimeSpan DefaultDeadlineTime = new(23, 59, 0);

    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";
    public string Offer { get; set; } = "";
    public string Seek { get; set; } = "";
    public List<ActorType> SoughtActorTypes { get; set; } = [];
    public List<string> SoughtCountries { get; set; } = [];
    public List<Theme> Themes { get; set; } = [];
    public List<string> Countries { get; set; } = [];
    public ProjectChoice? LinkedProject { get; set; }
    public bool HasFundingCall { get; set; }
    public string CallName { get; set; } = "";
    public string CallUrl { get; set; } = "";

    /// <summary>The deadline's date and time on the Brussels wall clock.</summary>
    public DateTime? CallDate { get; set; }

    public TimeSpan? CallTime { get; set; }
    public Guid? Version { get; set; }

    public static ProposalFormModel From(ProposalInput input, string? linkedProjectTitle)
    {
        var deadline = input.FundingCall?.DeadlineUtc is { } utc ? BrusselsTime.FromUtc(utc).DateTime : (DateTime?)null;
        return new ProposalFormModel
        {
            Title = input.Title,
            Summary = input.Summary,
            Body = input.Body,
            Offer = input.Offer,
            Seek = input.Seek,
            SoughtActorTypes = [.. input.SoughtActorTypes],
            SoughtCountries = [.. input.SoughtCountries],
            Themes = [.. input.Themes],
            Countries = [.. input.Countries],
            LinkedProject = input.LinkedProjectId is { } id && linkedProjectTitle is not null ? new ProjectChoice(id, linkedProjectTitle) : null,
            HasFundingCall = input.FundingCall is not null,
            CallName = input.FundingCall?.Name ?? "",
            CallUrl = input.FundingCall?.Url ?? "",
            CallDate = deadline?.Date,
            CallTime = deadline?.TimeOfDay,
            Version = input.ExpectedVersion,
        };
    }

    public DateTimeOffset? DeadlineUtc => CallDate is { } date ? BrusselsTime.ToUtc(date.Date + (CallTime ?? DefaultDeadlineTime)) : null;

    public ProposalInput ToInput(Guid creationId) => new(
        creationId,
        Title ?? "",
        Summary ?? "",
        Body ?? "",
        Offer ?? "",
        Seek ?? "",
        SoughtActorTypes,
        SoughtCountries,
        Themes,
        Countries,
        LinkedProject?.Id,
        HasFundingCall ? new FundingCall(CallName ?? "", string.IsNullOrWhiteSpace(CallUrl) ? null : CallUrl.Trim(), DeadlineUtc) : null,
        Version);
}
