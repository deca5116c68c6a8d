namespace BeneluxClimate.Domain.Members;

/// <summary>The own profile as the editor starts from: the saved values, or sensible blanks before onboarding.</summary>
public sealed record ProfileDraft(ProfileInput Input, string Email, bool IsOnboarded);
