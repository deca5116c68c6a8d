using BeneluxClimate.App.Hosting;
using BeneluxClimate.App.Hosting.Bench;
using BeneluxClimate.Domain;

SharedBufferPool.Configure();

if (await BackupCommand.TryRunAsync(args) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddClimateDomain(builder.Configuration);
builder.AddClimateUi();

var app = builder.Build();

await app.InitializeDatabaseAsync();
app.UseClimatePipeline();
app.MapClimateEndpoints();
app.MapBenchEndpoints(); // only with Bench:Enabled

await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
