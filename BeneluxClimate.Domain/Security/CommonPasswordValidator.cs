using BeneluxClimate.Domain.Members;
using Microsoft.AspNetCore.Identity;

namespace BeneluxClimate.Domain.Security;

/// <summary>Refuses passwords from a shipped list of commonly used passwords (NIST SP 800-63B, 5.1.1.2).</summary>
public sealed class CommonPasswordValidator(ClimateIdentityErrorDescriber describer) : IPasswordValidator<ClimateUser>
{
    private static readonly Lazy<HashSet<string>> CommonPasswords = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<ClimateUser> manager, ClimateUser user, string? password)
    {
        var common = password is not null && IsCommon(password);
        return Task.FromResult(common ? IdentityResult.Failed(describer.PasswordTooCommon()) : IdentityResult.Success);
    }

    public static bool IsCommon(string password) => CommonPasswords.Value.Contains(password.Trim().ToLowerInvariant());

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly
            .GetManifestResourceStream("BeneluxClimate.Domain.Security.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }

        return set;
    }
}
