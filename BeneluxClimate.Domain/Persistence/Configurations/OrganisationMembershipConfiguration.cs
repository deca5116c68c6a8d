using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

internal sealed class OrganisationMembershipConfiguration : IEntityTypeConfiguration<OrganisationMembership>
{
    public void Configure(EntityTypeBuilder<OrganisationMembership> membership)
    {
        membership.Property(m => m.Status).HasConversion<string>().HasMaxLength(10);
        membership.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        membership.HasOne<ClimateUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        membership.HasIndex(m => m.UserId).IsUnique(); // one organisation per member
        membership.HasIndex(m => new { m.OrganisationId, m.Status });
    }
}
