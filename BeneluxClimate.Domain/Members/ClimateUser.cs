using Microsoft.AspNetCore.Identity;

namespace BeneluxClimate.Domain.Members;

/// <summary>An account of the platform (ASP.NET Core Identity user) with the few facts every page needs.</summary>
public class ClimateUser : IdentityUser
{
    public const int DisplayNameMaxLength = 80;

    private string displayName = "";

    public string DisplayName
    {
        get => displayName;
        set
        {
            displayName = value;
            RefreshSearchText();
        }
    }

    public override string? Email
    {
        get => base.Email;
        set
        {
            base.Email = value;
            RefreshSearchText();
        }
    }

    /// <summary>Name and email folded for case- and accent-insensitive search.</summary>
    public string SearchText { get; private set; } = "";

    public DateTimeOffset JoinedAtUtc { get; set; }

    /// <summary>
    /// An account whose email is already confirmed, created straight in the database (demo data, benchmarks, tests);
    /// sign-ups go through Identity instead. Pass one precomputed hash for many accounts: hashing is slow on purpose.
    /// </summary>
    public static ClimateUser Confirmed(string email, string displayName, DateTimeOffset joinedAtUtc, string? passwordHash = null) => new()
    {
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true,
        DisplayName = displayName,
        JoinedAtUtc = joinedAtUtc,
        PasswordHash = passwordHash,
        SecurityStamp = Guid.NewGuid().ToString("N"),
        LockoutEnabled = true,
    };

    private void RefreshSearchText() => SearchText = Common.SearchText.Normalize($"{displayName} {base.Email}");
}
