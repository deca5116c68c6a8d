using BeneluxClimate.Domain.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

internal sealed class TopicSequenceConfiguration : IEntityTypeConfiguration<TopicSequence>
{
    public void Configure(EntityTypeBuilder<TopicSequence> sequence)
    {
        // NextSequenceAsync writes raw SQL against these names.
        sequence.ToTable("TopicSequences");
        sequence.HasKey(s => s.Topic);
        sequence.Property(s => s.Topic).HasColumnName("Topic").HasMaxLength(TopicSequences.TopicMaxLength);
        sequence.Property(s => s.Last).HasColumnName("Last");
    }
}
