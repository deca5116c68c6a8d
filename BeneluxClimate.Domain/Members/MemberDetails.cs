using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Members;

/// <summary>
/// A member's page as a given viewer may see it: the email only when the member shows it to members; hidden by
/// moderation only for the member and moderators.
/// </summary>
public sealed record MemberDetails(
    DirectoryCard Card,
    IReadOnlyList<string> Expertise,
    string BioHtml,
    IReadOnlyList<string> Links,
    string? Email,
    DateTimeOffset JoinedAtUtc,
    bool IsOwnProfile,
    bool IsHidden = false);
