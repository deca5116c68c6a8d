using BeneluxClimate.Domain.Cluster;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

internal sealed class ClusterLeaseConfiguration : IEntityTypeConfiguration<ClusterLease>
{
    public void Configure(EntityTypeBuilder<ClusterLease> lease)
    {
        lease.HasKey(l => l.Name);
        lease.Property(l => l.Name).HasMaxLength(ClusterLease.NameMaxLength);
        lease.Property(l => l.Holder).HasMaxLength(ClusterLease.HolderMaxLength);
    }
}
