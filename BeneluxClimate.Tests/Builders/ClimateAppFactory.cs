using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Builders;

/// <summary>
/// The whole app on its own SQLite file. Settings are the production ones unless a test overrides them;
/// <see cref="StartKestrel"/> serves it on a real loopback port for the browser.
/// </summary>
public sealed class ClimateAppFactory : WebApplicationFactory<Program>
{
    private readonly string directory = Directory.CreateTempSubdirectory("climate-app-").FullName;
    private readonly Dictionary<string, string?> settings;

    public ClimateAppFactory(string environment = "Production", Dictionary<string, string?>? overrides = null)
    {
        Environment = environment;
        settings = new()
        {
            ["ConnectionStrings:Climate"] = $"Data Source={Path.Combine(directory, "climate.db")}",
            ["Mail:PickupDirectory"] = MailFolder,
            ["Seed:DemoData"] = "true",
        };
        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }
    }

    public string Environment { get; }

    public string MailFolder => Path.Combine(directory, "mail");

    /// <summary>Serves the app on 127.0.0.1 with Kestrel and returns its base address.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner.
        }
    }
}
