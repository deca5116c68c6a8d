using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Members;

/// <summary>How many members each filter value would show, given the other filters.</summary>
public sealed record DirectoryFacets(
    IReadOnlyDictionary<string, int> Countries,
    IReadOnlyDictionary<string, int> Regions,
    IReadOnlyDictionary<ActorType, int> ActorTypes,
    IReadOnlyDictionary<Theme, int> Themes,
    IReadOnlyDictionary<string, int> Languages);
