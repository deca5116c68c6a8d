using BeneluxClimate.Domain.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> report)
    {
        report.Property(r => r.ReporterId).HasMaxLength(450);
        report.Property(r => r.Details).HasMaxLength(Report.DetailsMaxLength);
        report.Property(r => r.TargetKind).HasConversion<string>().HasMaxLength(16);
        report.Property(r => r.Reason).HasConversion<string>().HasMaxLength(16);
        report.Property(r => r.TargetKey).HasMaxLength(TargetRef.KeyMaxLength);
        report.Ignore(r => r.Target);
        report.HasIndex(r => new { r.TargetKind, r.TargetId, r.TargetKey, r.ReporterId }).IsUnique(); // one report per member per item
        report.HasIndex(r => new { r.IsOpen, r.CreatedAtUtc });
        report.HasIndex(r => r.CreatedAtUtc);
    }
}
