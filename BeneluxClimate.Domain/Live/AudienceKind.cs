namespace BeneluxClimate.Domain.Live;

public enum AudienceKind
{
    Public,
    Members,
    Moderators,
    Named,
}
