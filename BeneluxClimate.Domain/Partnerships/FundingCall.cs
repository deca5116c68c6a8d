namespace BeneluxClimate.Domain.Partnerships;

/// <summary>The funding call a proposal aims at; the deadline is an instant (shown in Europe/Brussels, with a countdown).</summary>
public sealed record FundingCall(string Name, string? Url, DateTimeOffset? DeadlineUtc);
