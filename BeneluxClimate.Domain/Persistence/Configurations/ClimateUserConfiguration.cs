using BeneluxClimate.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

internal sealed class ClimateUserConfiguration : IEntityTypeConfiguration<ClimateUser>
{
    public void Configure(EntityTypeBuilder<ClimateUser> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(ClimateUser.DisplayNameMaxLength);
        user.Property(u => u.SearchText).HasMaxLength(400);
        user.HasIndex(u => u.SearchText);
    }
}
