namespace BeneluxClimate.Domain.Persistence;

/// <summary>Database settings (section "Database"); the connection string is ConnectionStrings:Climate.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (the embedded default) or "Postgres" (Npgsql; needs ConnectionStrings:Climate).</summary>
    public string Provider { get; set; } = "Sqlite";

    public int BusyTimeoutMs { get; set; } = 5000;
}
