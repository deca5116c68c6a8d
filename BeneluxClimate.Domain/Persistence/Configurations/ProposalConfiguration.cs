using BeneluxClimate.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> proposal)
    {
        // No foreign key to the author: a proposal stays when its author deletes their account (shown as a former member).
        proposal.Property(p => p.AuthorId).HasMaxLength(450);
        proposal.Property(p => p.AuthorCountryCode).HasMaxLength(2);
        proposal.Property(p => p.Title).HasMaxLength(Proposal.TitleMaxLength);
        proposal.Property(p => p.Summary).HasMaxLength(Proposal.SummaryMaxLength);
        proposal.Property(p => p.Body).HasMaxLength(Proposal.BodyMaxLength);
        proposal.Property(p => p.Offer).HasMaxLength(Proposal.OfferMaxLength);
        proposal.Property(p => p.Seek).HasMaxLength(Proposal.SeekMaxLength);
        proposal.Property(p => p.CountryKey).HasMaxLength(60);
        proposal.Property(p => p.FundingCallName).HasMaxLength(Proposal.FundingCallNameMaxLength);
        proposal.Property(p => p.FundingCallUrl).HasMaxLength(Proposal.LinkMaxLength);
        proposal.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        proposal.Property(p => p.SearchText).HasMaxLength(5000);
        proposal.Property(p => p.Version).IsConcurrencyToken();
        proposal.HasIndex(p => p.CreationId).IsUnique();
        proposal.HasIndex(p => new { p.IsHidden, p.LastActivityAtUtc });
        proposal.HasIndex(p => p.AuthorId);
    }
}
