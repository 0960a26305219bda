namespace BranchBot.Hosting;

/// <summary>
/// appsettings.json lives at the repository root and is copied beside the binaries. Started from the repository
/// root (dotnet run) the content root already has it; started from anywhere else (a published folder run by
/// absolute path) the copy beside the binary is used.
/// </summary>
public static class RootConfiguration
{
    public static WebApplicationOptions Options(string[] args)
    {
        var current = Directory.GetCurrentDirectory();
        var contentRoot = File.Exists(Path.Combine(current, "appsettings.json")) ? current : AppContext.BaseDirectory;
        return new WebApplicationOptions { Args = args, ContentRootPath = contentRoot };
    }
}
