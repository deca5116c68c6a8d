using BeneluxClimate.App.Hosting;
using BeneluxClimate.App.Hosting.Bench;
using BeneluxClimate.Domain;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddClimateDomain(builder.Configuration);
builder.AddClimateUi();

var app = builder.Build();

await app.InitializeDatabaseAsync();
app.UseClimatePipeline();
app.MapClimateEndpoints();
if (BenchEndpoints.IsEnabled(app.Configuration)) app.MapBenchEndpoints();

app.Run();

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
