using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using BranchBot.Tests.Console;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Scheduling.Cluster;

/// <summary>
/// The console behind a load balancer without sticky sessions: a sign-in link asked for on one instance is used on the
/// other, the session it gives works on both, and the used link is refused on the first.
/// </summary>
public sealed class ClusteredConsoleTests : IAsyncLifetime, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-console-");
    private readonly string _dataKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private string? _connectionString;

    [SkippableFact]
    public async Task A_link_from_one_instance_signs_in_on_the_other_and_the_session_holds_on_both()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        await using var first = Instance();
        await using var second = Instance();
        var chat = first.CreateClient();
        await chat.SayAsync(first, $"初始化 {BotHarness.SetupCode} 测试支部", "sec");
        Assert.Contains("初始化完成", await chat.SayAsync(first, "王书记", "sec"), StringComparison.Ordinal);
        var reply = await chat.SayAsync(first, "控制台", "sec");
        var link = new Uri(Regex.Match(reply, @"https?://\S+/console/login\?token=\S+").Value).PathAndQuery;

        var browser = second.Browser();
        using var used = await browser.UseLinkAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal("/console", used.Headers.Location?.OriginalString);
        var session = string.Join("; ", used.Headers.GetValues("Set-Cookie").Select(cookie => cookie.Split(';')[0]));

        foreach (var instance in new[] { first, second })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/console", UriKind.Relative));
            request.Headers.Add("Cookie", session);
            request.Headers.Accept.ParseAdd("text/html");
            using var page = await instance.Browser().SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("王书记", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var again = await first.Browser().UseLinkAsync(link);
        Assert.NotEqual("/console", again.Headers.Location?.OriginalString);
    }

    private BranchBotApplication Instance() => new(
        new Dictionary<string, string?>
        {
            ["ConnectionStrings:BranchBot"] = _connectionString + ";Maximum Pool Size=20",
            ["Security:DataKey"] = _dataKey,
            ["Security:SigningKeyFile"] = Path.Combine(_folder.FullName, "signing.key"),
        },
        services => services.AddSingleton(TimeProvider.System));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_connectionString is not null)
        {
            await PostgresServer.DropAsync(_connectionString);
        }
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
