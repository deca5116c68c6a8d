using BeneluxClimate.Domain.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

internal sealed class AppealConfiguration : IEntityTypeConfiguration<Appeal>
{
    public void Configure(EntityTypeBuilder<Appeal> appeal)
    {
        appeal.Property(a => a.AppellantId).HasMaxLength(450);
        appeal.Property(a => a.DeciderId).HasMaxLength(450);
        appeal.Property(a => a.Text).HasMaxLength(Appeal.TextMaxLength);
        appeal.Property(a => a.DecisionNote).HasMaxLength(ModerationAction.StatementMaxLength);
        appeal.HasOne<ModerationAction>().WithMany().HasForeignKey(a => a.ActionId).OnDelete(DeleteBehavior.Cascade);
        appeal.HasIndex(a => a.ActionId).IsUnique(); // an author appeals once
        appeal.HasIndex(a => new { a.DecidedAtUtc, a.CreatedAtUtc });
    }
}
