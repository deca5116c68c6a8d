using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;

namespace BeneluxClimate.App.Resources;

/// <summary>
/// Field names for the account forms, used by DataAnnotations messages and labels:
/// <c>[Display(Name = nameof(FieldNames.Email), ResourceType = typeof(FieldNames))]</c>.
/// </summary>
public static class FieldNames
{
    public static ResourceManager ResourceManager { get; } =
        new("BeneluxClimate.App.Resources.FieldNames", typeof(FieldNames).Assembly);

    public static string Email => Get();

    public static string Password => Get();

    public static string ConfirmPassword => Get();

    public static string NewPassword => Get();

    public static string CurrentPassword => Get();

    public static string ConfirmNewPassword => Get();

    public static string NewEmail => Get();

    public static string RememberMe => Get();

    public static string DisplayName => Get();

    public static string VerificationCode => Get();

    public static string RecoveryCode => Get();

    public static string AuthenticatorCode => Get();

    public static string RememberThisMachine => Get();

    private static string Get([CallerMemberName] string name = "") =>
        ResourceManager.GetString(name, CultureInfo.CurrentUICulture) ?? name;
}
