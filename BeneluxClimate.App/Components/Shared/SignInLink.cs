namespace BeneluxClimate.App.Components.Shared;

/// <summary>The sign-in page's address that returns to <paramref name="returnPath"/> (an app path such as "/proposals/7").</summary>
public static class SignInLink
{
    public static string To(string returnPath) => $"Account/Login?ReturnUrl={Uri.EscapeDataString(returnPath)}";
}
