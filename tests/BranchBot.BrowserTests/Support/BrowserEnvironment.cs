namespace BranchBot.BrowserTests.Support;

/// <summary>
/// What the browser tests need from the machine: Debian's Chromium and, for the Web Chat test, the npm packages.
/// Missing pieces skip the tests with the reason, unless BRANCHBOT_REQUIRE_BROWSER=1 (CI), where they fail.
/// </summary>
public static class BrowserEnvironment
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string RequireVariable = "BRANCHBOT_REQUIRE_BROWSER";

    public static bool ChromiumInstalled => File.Exists(ChromiumPath);

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string WebChatBundle => Path.Combine(RepositoryRoot, "tests", "webchat-compat", "node_modules", "botframework-webchat", "dist", "webchat.js");

    public static void RequireChromium() =>
        Require(ChromiumInstalled, $"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium).");

    public static void RequireWebChatBundle() =>
        Require(File.Exists(WebChatBundle), $"The Web Chat bundle is missing at {WebChatBundle} (run npm ci in tests/webchat-compat).");

    private static void Require(bool present, string reason)
    {
        if (present)
        {
            return;
        }

        if (Required)
        {
            Assert.Fail($"{reason} {RequireVariable}=1 makes this a failure instead of a skip.");
        }

        Skip.If(true, reason);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BranchBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("BranchBot.sln not found above " + AppContext.BaseDirectory);
    }
}
