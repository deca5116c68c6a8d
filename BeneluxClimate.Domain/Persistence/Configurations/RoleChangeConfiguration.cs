using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

internal sealed class RoleChangeConfiguration : IEntityTypeConfiguration<RoleChange>
{
    public void Configure(EntityTypeBuilder<RoleChange> change)
    {
        change.Property(c => c.Role).HasMaxLength(32);
        change.Property(c => c.TargetUserId).HasMaxLength(450);
        change.Property(c => c.ChangedByUserId).HasMaxLength(450);
        change.HasOne<ClimateUser>().WithMany().HasForeignKey(c => c.TargetUserId).OnDelete(DeleteBehavior.Cascade);
        change.HasOne<ClimateUser>().WithMany().HasForeignKey(c => c.ChangedByUserId).OnDelete(DeleteBehavior.SetNull);
        change.HasIndex(c => c.AtUtc);
    }
}
