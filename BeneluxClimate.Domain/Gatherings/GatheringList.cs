using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Gatherings;

/// <summary>A page of event cards and the sequence of <c>LiveTopics.Events</c> it reflects.</summary>
public sealed record GatheringList(Page<GatheringCard> Page, long Sequence);
