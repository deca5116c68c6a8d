using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Identity;

namespace BeneluxClimate.App.Components.Account;

/// <summary>Shows Identity's errors (already localized by the error describer) next to the form fields they concern.</summary>
internal static class IdentityErrorsExtensions
{
    /// <summary>
    /// Adds each error to the field it concerns: password rules to <paramref name="passwordField"/>, a wrong current
    /// password to <paramref name="currentPasswordField"/> when given, everything else to <paramref name="otherField"/>.
    /// </summary>
    public static void ShowIn(
        this IEnumerable<IdentityError> errors,
        EditContext editContext,
        ValidationMessageStore store,
        string passwordField,
        string otherField,
        string? currentPasswordField = null)
    {
        store.Clear();
        var model = editContext.Model;
        foreach (var error in errors)
        {
            var field = error.Code switch
            {
                nameof(IdentityErrorDescriber.PasswordMismatch) when currentPasswordField is not null => currentPasswordField,
                { } code when code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
                _ => otherField,
            };
            store.Add(new FieldIdentifier(model, field), error.Description);
        }

        editContext.NotifyValidationStateChanged();
    }
}
