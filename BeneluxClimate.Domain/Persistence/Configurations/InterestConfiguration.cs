using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

internal sealed class InterestConfiguration : IEntityTypeConfiguration<Interest>
{
    public void Configure(EntityTypeBuilder<Interest> interest)
    {
        interest.Property(i => i.Message).HasMaxLength(Interest.MessageMaxLength);
        interest.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        interest.HasOne<Proposal>().WithMany().HasForeignKey(i => i.ProposalId).OnDelete(DeleteBehavior.Cascade);
        interest.HasOne<ClimateUser>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
        interest.HasIndex(i => new { i.ProposalId, i.UserId }).IsUnique();
    }
}
