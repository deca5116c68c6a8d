using System.ComponentModel.DataAnnotations;
using System.Globalization;
using BeneluxClimate.App.Localization;
using BeneluxClimate.App.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace BeneluxClimate.Tests.Localization;

public sealed class LibraryTextTests
{
    private static IServiceProvider Services()
    {
        var services = new ServiceCollection().AddLogging().AddLocalization();
        services.AddTransient<MudLocalizer, ResxMudLocalizer>();
        services.AddTransient<LocalizedIdentityErrorDescriber>();
        return services.BuildServiceProvider();
    }

    private static T InCulture<T>(string culture, Func<T> read)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    [Fact]
    public void Identity_errors_speak_the_readers_language()
    {
        var describer = Services().GetRequiredService<LocalizedIdentityErrorDescriber>();

        var english = InCulture("en", () => describer.PasswordTooShort(12).Description);
        var dutch = InCulture("nl", () => describer.PasswordTooShort(12).Description);

        Assert.Contains("12", dutch);
        Assert.NotEqual(english, dutch);
        Assert.Equal("PasswordTooShort", describer.PasswordTooShort(12).Code);
    }

    [Fact]
    public void MudBlazor_texts_come_from_our_translations()
    {
        var localizer = Services().GetRequiredService<MudLocalizer>();
        var key = Services().GetRequiredService<IStringLocalizer<MudBlazorStrings>>().GetAllStrings(false).First().Name;

        var english = InCulture("en", () => localizer[key].Value);
        var german = InCulture("de", () => localizer[key].Value);

        Assert.NotEqual(english, german);
    }

    [Fact]
    public void Validation_messages_use_the_localized_field_name()
    {
        var model = new SignUp();
        var results = new List<ValidationResult>();

        var message = InCulture("nl", () =>
        {
            Validator.TryValidateObject(model, new ValidationContext(model), results, validateAllProperties: true);
            return Assert.Single(results).ErrorMessage!;
        });

        Assert.Contains(InCulture("nl", () => FieldNames.Email), message);
        Assert.DoesNotContain("required", message);
    }

    private sealed class SignUp
    {
        [Required(ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Required))]
        [Display(Name = nameof(FieldNames.Email), ResourceType = typeof(FieldNames))]
        public string? Email { get; set; }
    }
}
