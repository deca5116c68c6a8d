namespace BeneluxClimate.App.Hosting.Circuits;

internal static class CircuitProtection
{
    /// <summary>Paces each circuit's events and caps the circuits per member and per IP address.</summary>
    public static void AddCircuitProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CircuitLimitOptions>(configuration.GetSection(CircuitLimitOptions.Section));
        services.AddSingleton<OpenCircuits>();
        services.AddSingleton<CircuitHubGuard>();
    }
}
