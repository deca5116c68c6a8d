namespace BeneluxClimate.Tests.Domain.Security.Authorization;

/// <summary>
/// The authorization matrix: for every domain service method that takes an actor, one row or more (a row per
/// situation that decides differently), each with the roles allowed. <see cref="AuthorizationMatrixTests"/> checks
/// every row against every role; <see cref="AuthorizationCoverageTests"/> fails for a method without a row.
/// </summary>
public static partial class AuthorizationTable
{
    public static readonly IReadOnlyList<AuthorizationRow> Rows =
    [
        .. Members, .. Organisations, .. Partnerships, .. Discussions, .. Showcase, .. Gatherings, .. Sessions, .. News, .. Notifications,
        .. Moderation, .. Administration,
    ];
}
