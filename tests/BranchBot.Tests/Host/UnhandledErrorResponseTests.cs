using System.Net;
using BranchBot.Core.WebConsole;
using BranchBot.Hosting;
using BranchBot.Tests.Console;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace BranchBot.Tests.Host;

/// <summary>An unexpected failure inside the server: 500, a Chinese message and a trace id, never the exception.</summary>
public class UnhandledErrorResponseTests
{
    private static BranchBotApplication AppWhoseLoginLedgerFails()
    {
        var ledger = new Mock<IConsoleLoginLedger>();
        ledger.Setup(l => l.IsUsedAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new IOException("disk /data/branchbot.db went away"));
        return new BranchBotApplication(configure: services => services.AddSingleton(ledger.Object));
    }

    [Theory]
    [InlineData("text/html", "text/html")]
    [InlineData("application/json", "application/json")]
    public async Task A_failure_inside_the_server_answers_500_in_chinese_with_a_trace_id_and_no_stack_trace(string accept, string contentType)
    {
        await using var app = AppWhoseLoginLedgerFails();
        var secretary = await app.ClaimedBranchAsync();
        using var client = app.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(app.LinkFor(secretary), UriKind.Relative));
        request.Headers.Accept.ParseAdd(accept);

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(UnhandledErrorResponses.Message, body, StringComparison.Ordinal);
        Assert.Contains(contentType == "text/html" ? "编号：<code>" : "see the server log for trace id", body, StringComparison.Ordinal);
        Assert.DoesNotContain("IOException", body, StringComparison.Ordinal);
        Assert.DoesNotContain("branchbot.db", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_console_form_the_server_cannot_read_is_a_400_not_a_500()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        using var client = await app.SignedInAsync(secretary);
        using var broken = new ByteArrayContent("--x\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc"u8.ToArray());
        broken.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=x");

        using var response = await client.PostAsync(new Uri("/console/meetings/minutes", UriKind.Relative), broken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("提交的表单格式不正确或内容太大", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_console_form_value_over_the_form_limits_is_a_400_not_a_500()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        using var client = await app.SignedInAsync(secretary);
        using var huge = new FormUrlEncodedContent([new("csrf", "x"), new("minutes", new string('记', 5 * 1024 * 1024))]);

        using var response = await client.PostAsync(new Uri("/console/meetings/minutes", UriKind.Relative), huge);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("提交的表单格式不正确或内容太大", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
