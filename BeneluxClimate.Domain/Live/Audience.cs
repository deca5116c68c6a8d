using System.Collections.Immutable;
using BeneluxClimate.Domain.Security;

namespace BeneluxClimate.Domain.Live;

/// <summary>Who may see a live event.</summary>
public sealed record Audience
{
    private Audience(AudienceKind kind, ImmutableHashSet<string> memberIds)
    {
        Kind = kind;
        MemberIds = memberIds;
    }

    /// <summary>Everyone, signed in or not.</summary>
    public static Audience Public { get; } = new(AudienceKind.Public, []);

    /// <summary>Signed-in members.</summary>
    public static Audience Members { get; } = new(AudienceKind.Members, []);

    /// <summary>Moderators and admins.</summary>
    public static Audience Moderators { get; } = new(AudienceKind.Moderators, []);

    public AudienceKind Kind { get; }

    /// <summary>The members who may see a <see cref="AudienceKind.Named"/> event; empty for the other kinds.</summary>
    public IReadOnlySet<string> MemberIds { get; }

    /// <summary>Only these members (moderators included only when named).</summary>
    public static Audience Named(params IEnumerable<string> memberIds) =>
        new(AudienceKind.Named, memberIds.ToImmutableHashSet(StringComparer.Ordinal));

    public bool CanSee(Actor viewer) => Kind switch
    {
        AudienceKind.Public => true,
        AudienceKind.Members => viewer.IsSignedIn,
        AudienceKind.Moderators => viewer.IsModerator,
        AudienceKind.Named => viewer.UserId is { } id && MemberIds.Contains(id),
        _ => false,
    };

    public bool Equals(Audience? other) =>
        other is not null && Kind == other.Kind && MemberIds.SetEquals(other.MemberIds);

    public override int GetHashCode() => HashCode.Combine(Kind, MemberIds.Count);
}
