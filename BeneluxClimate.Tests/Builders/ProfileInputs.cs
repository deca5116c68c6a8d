using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Members;

namespace BeneluxClimate.Tests.Builders;

/// <summary>A valid profile input to start from; tests change only what they are about.</summary>
public static class ProfileInputs
{
    public static ProfileInput Valid(string name = "Lotte Janssens") => new(
        name,
        "Energy cooperative organiser in Gent",
        ActorType.NGO,
        "BE",
        "BE-VOV",
        [Theme.MitigationEnergy, Theme.JustTransition],
        ["nl", "en"],
        ["community energy", "heat pumps"],
        "I organise **citizen energy** projects.",
        ["https://example.org/energy"],
        ProfileVisibility.Public,
        ShowEmailToMembers: false,
        ExpectedVersion: null);
}
