using BeneluxClimate.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> comment)
    {
        // No foreign key to the author: comments stay when an account is deleted and show "former member".
        comment.Property(c => c.AuthorId).HasMaxLength(450);
        comment.Property(c => c.Body).HasMaxLength(Proposal.BodyMaxLength);
        comment.Property(c => c.BodyHash).HasMaxLength(64);
        comment.Property(c => c.Version).IsConcurrencyToken();
        comment.HasOne<Proposal>().WithMany().HasForeignKey(c => c.ProposalId).OnDelete(DeleteBehavior.Cascade);
        comment.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        comment.HasIndex(c => new { c.AuthorId, c.ClientId }).IsUnique(); // a retried send stores one comment
        comment.HasIndex(c => new { c.ProposalId, c.Id });
        comment.HasIndex(c => new { c.ProposalId, c.CreatedAtUtc }); // how busy a discussion is right now
        comment.HasIndex(c => new { c.AuthorId, c.CreatedAtUtc });
    }
}
