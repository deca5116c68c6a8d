using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        notification.Property(n => n.ActorName).HasMaxLength(ClimateUser.DisplayNameMaxLength);
        notification.Property(n => n.ProposalTitle).HasMaxLength(Partnerships.Proposal.TitleMaxLength);
        notification.HasOne<ClimateUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        notification.HasIndex(n => new { n.UserId, n.Id });
    }
}
