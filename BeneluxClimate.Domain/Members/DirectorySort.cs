namespace BeneluxClimate.Domain.Members;

public enum DirectorySort
{
    Newest,
    Name,
}
