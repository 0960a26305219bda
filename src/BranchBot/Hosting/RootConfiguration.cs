namespace BranchBot.Hosting;

/// <summary>
/// appsettings.json lives at the repository root and is copied beside the binaries. Started with dotnet run (which
/// runs at the repository root) the content root is the repository root, so data/ is created there; started from
/// anywhere else (a published folder run by absolute path) the folder of the binary is used.
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
