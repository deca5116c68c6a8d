using BeneluxClimate.Domain.Organisations;
using BeneluxClimate.Domain.Showcase;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> project)
    {
        project.Property(p => p.Title).HasMaxLength(Project.TitleMaxLength);
        project.Property(p => p.Summary).HasMaxLength(Project.SummaryMaxLength);
        project.Property(p => p.Description).HasMaxLength(Project.DescriptionMaxLength);
        project.Property(p => p.Stage).HasConversion<string>().HasMaxLength(20);
        project.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        project.Property(p => p.CountryKey).HasMaxLength(60);
        project.Property(p => p.SearchText).HasMaxLength(1000);
        project.Property(p => p.CreatedByUserId).HasMaxLength(450);
        project.Property(p => p.Version).IsConcurrencyToken();
        project.ComplexCollection(p => p.Impact, impact => impact.ToJson());
        project.HasOne<Organisation>().WithMany().HasForeignKey(p => p.LeadOrganisationId).OnDelete(DeleteBehavior.Restrict);
        project.HasIndex(p => p.CreationId).IsUnique();
        project.HasIndex(p => new { p.Status, p.IsHidden, p.Stage, p.UpdatedAtUtc }); // the board: one column, newest first
        project.HasIndex(p => p.LeadOrganisationId);
    }
}
