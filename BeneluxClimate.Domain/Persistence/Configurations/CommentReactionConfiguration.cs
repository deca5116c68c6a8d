using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

internal sealed class CommentReactionConfiguration : IEntityTypeConfiguration<CommentReaction>
{
    public void Configure(EntityTypeBuilder<CommentReaction> reaction)
    {
        reaction.HasKey(r => new { r.CommentId, r.UserId, r.Kind });
        reaction.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        reaction.HasOne<Comment>().WithMany().HasForeignKey(r => r.CommentId).OnDelete(DeleteBehavior.Cascade);
        reaction.HasOne<ClimateUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
