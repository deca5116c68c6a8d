namespace BeneluxClimate.Domain.Members;

/// <summary>Headline figures of the network for the home page.</summary>
public sealed record NetworkFigures(int Members, int Countries, DateTimeOffset? NewestMemberJoinedUtc);
