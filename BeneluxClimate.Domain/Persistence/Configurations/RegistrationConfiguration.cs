using BeneluxClimate.Domain.Gatherings;
using BeneluxClimate.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> registration)
    {
        registration.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        registration.HasOne<Gathering>().WithMany().HasForeignKey(r => r.GatheringId).OnDelete(DeleteBehavior.Cascade);
        registration.HasOne<ClimateUser>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
        registration.HasIndex(r => new { r.GatheringId, r.MemberId }).IsUnique();
        registration.HasIndex(r => new { r.GatheringId, r.Status, r.RequestedAtUtc });
        registration.HasIndex(r => new { r.MemberId, r.Status });
    }
}
