namespace BeneluxClimate.Domain.Members;

/// <summary>The numbers one directory change takes on the members' topic and on the public topic.</summary>
internal sealed record DirectorySequences(long ForMembers, long ForEveryone);
