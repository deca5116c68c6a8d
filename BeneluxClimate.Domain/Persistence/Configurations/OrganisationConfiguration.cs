using BeneluxClimate.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> organisation)
    {
        organisation.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength);
        organisation.Property(o => o.Type).HasConversion<string>().HasMaxLength(20);
        organisation.Property(o => o.CountryCode).HasMaxLength(2);
        organisation.Property(o => o.Website).HasMaxLength(Organisation.WebsiteMaxLength);
        organisation.Property(o => o.Description).HasMaxLength(Organisation.DescriptionMaxLength);
        organisation.Property(o => o.RegistryNumber).HasMaxLength(40);
        organisation.Property(o => o.SearchText).HasMaxLength(400);
        organisation.Property(o => o.Version).IsConcurrencyToken();
        organisation.HasIndex(o => o.CreationId).IsUnique();
        organisation.HasIndex(o => o.SearchText);
    }
}
