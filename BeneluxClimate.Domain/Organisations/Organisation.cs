using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Organisations;

/// <summary>An organisation members act for: a university, a company, a public body, a youth group, an NGO.</summary>
public sealed class Organisation
{
    public const int NameMaxLength = 120;
    public const int DescriptionMaxLength = 4000;
    public const int WebsiteMaxLength = 300;

    public int Id { get; private set; }
    public string Name { get; set; } = "";
    public ActorType Type { get; set; }
    public string CountryCode { get; set; } = "";
    public string? Website { get; set; }
    public string Description { get; set; } = "";
    public string DescriptionHtml { get; set; } = "";
    public string RegistryNumber { get; set; } = "";
    public DateTimeOffset CreatedAtUtc { get; set; }
    public string SearchText { get; set; } = "";

    /// <summary>The client-generated id of the command that created it, so a double click creates one organisation.</summary>
    public Guid CreationId { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
