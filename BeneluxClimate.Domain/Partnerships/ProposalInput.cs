using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Partnerships;

/// <summary>What an author fills in. <see cref="CreationId"/> makes a repeated create command create one proposal.</summary>
public sealed record ProposalInput(
    Guid CreationId,
    string Title,
    string Summary,
    string Body,
    string Offer,
    string Seek,
    IReadOnlyList<ActorType> SoughtActorTypes,
    IReadOnlyList<string> SoughtCountries,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<string> Countries,
    int? LinkedProjectId,
    FundingCall? FundingCall,
    Guid? ExpectedVersion = null);
