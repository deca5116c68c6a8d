using BeneluxClimate.Domain.News;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

internal sealed class NewsPostConfiguration : IEntityTypeConfiguration<NewsPost>
{
    public void Configure(EntityTypeBuilder<NewsPost> post)
    {
        // No foreign key to the author: a post stays when its author deletes their account.
        post.Property(p => p.AuthorId).HasMaxLength(450);
        post.Property(p => p.Title).HasMaxLength(NewsPost.TitleMaxLength);
        post.Property(p => p.Summary).HasMaxLength(NewsPost.SummaryMaxLength);
        post.Property(p => p.Body).HasMaxLength(NewsPost.BodyMaxLength);
        post.Property(p => p.Language).HasMaxLength(8);
        post.Property(p => p.Version).IsConcurrencyToken();
        post.HasIndex(p => p.CreationId).IsUnique();
        post.HasIndex(p => new { p.IsHidden, p.PublishedAtUtc });
        post.HasIndex(p => new { p.Language, p.PublishedAtUtc });
    }
}
