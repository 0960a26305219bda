namespace BranchBot.Cli;

/// <summary>
/// Command-line verbs run instead of the web server: <c>dotnet run --project src/BranchBot -- roster import FILE</c>.
/// They open the same database (shared mode), so they work while the server is running.
/// </summary>
public static class CliVerbs
{
    public static bool IsCliInvocation(string[] args) => args.Length > 0 && args[0] is "roster" or "ask" or "backup" or "migrate-from-litedb";

    public static Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args[0] switch
        {
            "roster" => new RosterCli(services, output, error).RunAsync(args[1..]),
            "ask" => new AskCli(services, Console.In, output).RunAsync(args[1..]),
            "backup" => new BackupCli(services, output, error).RunAsync(args[1..]),
            "migrate-from-litedb" => new MigrateFromLiteDbCli(services, output, error).RunAsync(args[1..]),
            _ => Task.FromResult(CliUsage.Fail(error)),
        };
    }
}
