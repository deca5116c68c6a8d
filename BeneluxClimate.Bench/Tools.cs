namespace BeneluxClimate.Bench;

/// <summary>Finds external tools on PATH or among the .NET global tools.</summary>
internal static class Tools
{
    public static string? Find(string name)
    {
        var globalTools = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools");
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Append(globalTools);
        return folders.Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
    }
}
