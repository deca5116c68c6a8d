using BeneluxClimate.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

internal sealed class MemberProfileConfiguration : IEntityTypeConfiguration<MemberProfile>
{
    public void Configure(EntityTypeBuilder<MemberProfile> profile)
    {
        profile.HasKey(p => p.UserId);
        profile.HasOne<ClimateUser>().WithOne().HasForeignKey<MemberProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        profile.Property(p => p.Headline).HasMaxLength(MemberProfile.HeadlineMaxLength);
        profile.Property(p => p.ActorType).HasConversion<string>().HasMaxLength(20);
        profile.Property(p => p.CountryCode).HasMaxLength(2);
        profile.Property(p => p.RegionCode).HasMaxLength(6);
        profile.Property(p => p.Bio).HasMaxLength(MemberProfile.BioMaxLength);
        profile.Property(p => p.Visibility).HasConversion<string>().HasMaxLength(20);
        profile.Property(p => p.SearchText).HasMaxLength(2000);
        profile.Property(p => p.Version).IsConcurrencyToken();
        profile.HasIndex(p => new { p.CountryCode, p.OnboardedAtUtc }); // country is the most used filter: seek, then newest first
        profile.HasIndex(p => p.OnboardedAtUtc);
        // Covers the directory's filter counts (grouped in this order), so they never read the wide rows; serves region filters too.
        profile.HasIndex(p => new { p.CountryCode, p.RegionCode, p.ActorType, p.ThemeMask, p.LanguageMask, p.Visibility, p.OnboardedAtUtc, p.IsHidden })
            .HasDatabaseName("IX_MemberProfiles_DirectoryCounts");
    }
}
