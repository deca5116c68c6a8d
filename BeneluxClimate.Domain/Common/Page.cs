namespace BeneluxClimate.Domain.Common;

/// <summary>One bounded page of a list, with the total so the UI can page through it.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageIndex, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}
