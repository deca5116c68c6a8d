using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Domain.Moderation;

/// <summary>
/// One reportable item: its kind and its id. Comments, proposals and projects have numeric ids and leave
/// <see cref="Key"/> empty. A member profile is keyed by its member's user id, a string, carried in <see cref="Key"/>
/// with <see cref="Id"/> 0: reports and log entries then name the profile by the same id as its route (/members/{id})
/// and every other table, with no second, numeric id to assign to each profile and keep in step with its account.
/// </summary>
[LivePayload]
public sealed record TargetRef(ReportTarget Kind, long Id, string Key = "")
{
    public const int KeyMaxLength = 450;

    public static TargetRef Profile(string userId) => new(ReportTarget.Profile, 0, userId);

    /// <summary>How the audit log names the item: "Comment 42", "Profile 3f2a…".</summary>
    public override string ToString() => Key.Length > 0 ? $"{Kind} {Key}" : $"{Kind} {Id}";
}
