using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Organisations;

/// <summary>What the create and edit forms send. <see cref="CreationId"/> is generated once per form; <see cref="ExpectedVersion"/> is the version the editor loaded.</summary>
public sealed record OrganisationInput(
    Guid CreationId,
    string Name,
    ActorType Type,
    string CountryCode,
    string? Website,
    string Description,
    string? RegistryNumber,
    Guid? ExpectedVersion = null);
