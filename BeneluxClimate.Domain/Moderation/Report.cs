namespace BeneluxClimate.Domain.Moderation;

/// <summary>One member's report of one item. A member reports an item once; the report closes when a moderator decides.</summary>
public sealed class Report
{
    public const int DetailsMaxLength = 1_000;

    public long Id { get; private set; }
    public ReportTarget TargetKind { get; set; }
    public long TargetId { get; set; }

    /// <summary>The profile's user id for profile reports; empty otherwise (see <see cref="TargetRef"/>).</summary>
    public string TargetKey { get; set; } = "";

    public TargetRef Target => new(TargetKind, TargetId, TargetKey);
    public string ReporterId { get; set; } = "";
    public ReportReason Reason { get; set; }
    public string Details { get; set; } = "";
    public DateTimeOffset CreatedAtUtc { get; set; }
    public bool IsOpen { get; set; } = true;
}
