using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;

namespace BeneluxClimate.App.Resources;

/// <summary>
/// DataAnnotations messages for the account forms, read through static properties because the attributes do not use
/// IStringLocalizer: <c>[Required(ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Required))]</c>.
/// </summary>
public static class ValidationMessages
{
    public static ResourceManager ResourceManager { get; } =
        new("BeneluxClimate.App.Resources.ValidationMessages", typeof(ValidationMessages).Assembly);

    /// <summary>{0} field.</summary>
    public static string Required => Get();

    /// <summary>{0} field.</summary>
    public static string EmailAddress => Get();

    /// <summary>For [StringLength] with a MinimumLength: {0} field, {1} maximum, {2} minimum.</summary>
    public static string StringLengthRange => Get();

    /// <summary>For [MaxLength] or [StringLength] without a minimum: {0} field, {1} maximum.</summary>
    public static string MaxLength => Get();

    /// <summary>For [Compare]: {0} this field, {1} the other field.</summary>
    public static string Compare => Get();

    /// <summary>{0} field, {1} minimum, {2} maximum.</summary>
    public static string Range => Get();

    /// <summary>{0} field.</summary>
    public static string Url => Get();

    private static string Get([CallerMemberName] string name = "") =>
        ResourceManager.GetString(name, CultureInfo.CurrentUICulture) ?? name;
}
