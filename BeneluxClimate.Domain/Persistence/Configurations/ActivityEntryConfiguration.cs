using BeneluxClimate.Domain.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

internal sealed class ActivityEntryConfiguration : IEntityTypeConfiguration<ActivityEntry>
{
    public void Configure(EntityTypeBuilder<ActivityEntry> entry)
    {
        entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        entry.Property(e => e.ActorId).HasMaxLength(450);
        entry.Property(e => e.ActorName).HasMaxLength(100);
        entry.Property(e => e.Subject).HasMaxLength(ActivityEntry.SubjectMaxLength);
        entry.Property(e => e.Link).HasMaxLength(300);
        entry.Property(e => e.CountryKey).HasMaxLength(100);
        entry.HasIndex(e => e.Sequence).IsUnique();
        entry.HasIndex(e => new { e.Kind, e.Sequence });
    }
}
