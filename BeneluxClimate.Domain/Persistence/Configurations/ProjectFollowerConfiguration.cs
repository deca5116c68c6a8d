using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Showcase;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

internal sealed class ProjectFollowerConfiguration : IEntityTypeConfiguration<ProjectFollower>
{
    public void Configure(EntityTypeBuilder<ProjectFollower> follower)
    {
        follower.HasKey(f => new { f.ProjectId, f.UserId });
        follower.HasOne<Project>().WithMany().HasForeignKey(f => f.ProjectId).OnDelete(DeleteBehavior.Cascade);
        follower.HasOne<ClimateUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        follower.HasIndex(f => f.UserId);
    }
}
