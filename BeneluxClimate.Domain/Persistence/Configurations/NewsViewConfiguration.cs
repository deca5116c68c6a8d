using BeneluxClimate.Domain.News;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

internal sealed class NewsViewConfiguration : IEntityTypeConfiguration<NewsView>
{
    public void Configure(EntityTypeBuilder<NewsView> view)
    {
        view.Property(v => v.VisitorKey).HasMaxLength(NewsView.VisitorKeyMaxLength);
        view.HasOne<NewsPost>().WithMany().HasForeignKey(v => v.PostId).OnDelete(DeleteBehavior.Cascade);
        view.HasIndex(v => new { v.PostId, v.VisitorKey, v.Day }).IsUnique(); // one view per visitor and day
        view.HasIndex(v => v.Day); // for pruning old rows
    }
}
