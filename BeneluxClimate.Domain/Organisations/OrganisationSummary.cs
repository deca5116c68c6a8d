using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Organisations;

/// <summary>An organisation in the list and the join picker.</summary>
public sealed record OrganisationSummary(int Id, string Name, ActorType Type, string CountryCode, int MemberCount);
