namespace BeneluxClimate.Domain.Members;

/// <summary>One page of the directory, the total, the filter counts, and the live sequence it reflects.</summary>
public sealed record DirectoryResult(Common.Page<DirectoryCard> Cards, DirectoryFacets Facets, long Sequence);
