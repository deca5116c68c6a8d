using BeneluxClimate.Domain.Gatherings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

internal sealed class GatheringConfiguration : IEntityTypeConfiguration<Gathering>
{
    public void Configure(EntityTypeBuilder<Gathering> gathering)
    {
        // No foreign key to the host: an event stays when its host deletes their account.
        gathering.ToTable("Gatherings");
        gathering.Property(g => g.HostId).HasMaxLength(450);
        gathering.Property(g => g.Title).HasMaxLength(Gathering.TitleMaxLength);
        gathering.Property(g => g.Description).HasMaxLength(Gathering.DescriptionMaxLength);
        gathering.Property(g => g.Format).HasConversion<string>().HasMaxLength(20);
        gathering.Property(g => g.RoomState).HasConversion<string>().HasMaxLength(20);
        gathering.Property(g => g.VenueName).HasMaxLength(Gathering.VenueNameMaxLength);
        gathering.Property(g => g.VenueAddress).HasMaxLength(Gathering.VenueAddressMaxLength);
        gathering.Property(g => g.VenueCountryCode).HasMaxLength(2);
        gathering.Property(g => g.MeetingUrl).HasMaxLength(Gathering.LinkMaxLength);
        gathering.Property(g => g.SearchText).HasMaxLength(5000);
        gathering.Property(g => g.Version).IsConcurrencyToken();
        gathering.Ignore(g => g.SeatsLeft);
        gathering.HasIndex(g => g.CreationId).IsUnique();
        gathering.HasIndex(g => new { g.IsHidden, g.StartsAtUtc });
    }
}
