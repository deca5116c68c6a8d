using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Domain.Partnerships;

/// <summary>A proposal page's content, the same for every viewer who may see it; carried by live events.
/// <see cref="IsLocked"/> and <see cref="SlowModeSeconds"/> are the discussion's moderation settings.</summary>
[LivePayload]
public sealed record ProposalView(
    int Id,
    string Title,
    string Summary,
    string BodyHtml,
    string Offer,
    string Seek,
    MemberRef Author,
    IReadOnlyList<ActorType> SoughtActorTypes,
    IReadOnlyList<string> SoughtCountries,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<string> Countries,
    int? LinkedProjectId,
    string? LinkedProjectTitle,
    FundingCall? FundingCall,
    ProposalStatus Status,
    bool IsHidden,
    IReadOnlyList<MemberRef> Partners,
    int CommentCount,
    int InterestCount,
    DateTimeOffset CreatedAtUtc,
    DateTimeOffset UpdatedAtUtc,
    Guid Version,
    bool IsLocked,
    int SlowModeSeconds);
