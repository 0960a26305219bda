using System.Diagnostics;

namespace BranchBot.Tests.Support;

/// <summary>The built BranchBot.dll run the way an operator runs it, as its own process (Production environment).</summary>
internal static class BranchBotProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>dotnet BranchBot.dll with <paramref name="args"/>, from the test output folder, in the Production environment, output redirected.</summary>
    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BranchBot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        return start;
    }

    /// <summary>Runs it to its end: a CLI verb, or a server start that is expected to be refused.</summary>
    public static async Task<(int Code, string Output)> RunAsync(string connectionString, IReadOnlyDictionary<string, string>? environment = null, params string[] args)
    {
        var start = StartInfo(args);
        start.Environment["ConnectionStrings__BranchBot"] = connectionString;
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            Assert.Fail($"BranchBot {string.Join(' ', args)} did not exit within {Limit}: a server that should have refused to start started. Its output:\n{await output}{await error}");
        }

        return (process.ExitCode, await output + await error);
    }
}
