using System.Net;
using System.Net.Http.Json;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Host;

public class HealthTests
{
    [Fact]
    public async Task Healthz_answers_ok_while_storage_is_reachable()
    {
        await using var app = new BranchBotApplication();
        var response = await app.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", (await response.Content.ReadFromJsonAsync<Dictionary<string, string>>())!["status"]);
    }

    [Fact]
    public async Task Healthz_answers_503_when_the_database_folder_is_gone()
    {
        var folder = Directory.CreateTempSubdirectory("branchbot-health-");
        var database = Path.Combine(folder.FullName, "branchbot.db");
        await using var app = new BranchBotApplication(new Dictionary<string, string?>
        {
            ["ConnectionStrings:BranchBot"] = $"Filename={database};Connection=shared",
        });
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);

        folder.Delete(recursive: true);
        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("数据库无法访问", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
