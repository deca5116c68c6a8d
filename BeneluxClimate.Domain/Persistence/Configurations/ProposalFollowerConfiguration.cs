using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

internal sealed class ProposalFollowerConfiguration : IEntityTypeConfiguration<ProposalFollower>
{
    public void Configure(EntityTypeBuilder<ProposalFollower> follower)
    {
        follower.HasKey(f => new { f.ProposalId, f.UserId });
        follower.HasOne<Proposal>().WithMany().HasForeignKey(f => f.ProposalId).OnDelete(DeleteBehavior.Cascade);
        follower.HasOne<ClimateUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
