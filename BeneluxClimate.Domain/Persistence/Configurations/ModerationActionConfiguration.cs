using BeneluxClimate.Domain.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

internal sealed class ModerationActionConfiguration : IEntityTypeConfiguration<ModerationAction>
{
    public void Configure(EntityTypeBuilder<ModerationAction> action)
    {
        // No foreign keys to members: the log outlives accounts.
        action.Property(a => a.Kind).HasConversion<string>().HasMaxLength(24);
        action.Property(a => a.TargetKind).HasConversion<string>().HasMaxLength(16);
        action.Property(a => a.Reason).HasConversion<string>().HasMaxLength(16);
        action.Property(a => a.SubjectUserId).HasMaxLength(450);
        action.Property(a => a.ModeratorId).HasMaxLength(450);
        action.Property(a => a.Statement).HasMaxLength(ModerationAction.StatementMaxLength);
        action.Property(a => a.Subject).HasMaxLength(200);
        action.Ignore(a => a.IsAutomatic);
        action.Ignore(a => a.Target);
        action.Property(a => a.TargetKey).HasMaxLength(TargetRef.KeyMaxLength);
        action.HasIndex(a => a.AtUtc);
        action.HasIndex(a => new { a.TargetKind, a.TargetId, a.TargetKey, a.AtUtc });
    }
}
