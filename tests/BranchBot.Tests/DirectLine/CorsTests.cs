using System.Net;
using BranchBot.Tests.DirectLine.Support;

namespace BranchBot.Tests.DirectLine;

public sealed class CorsTests
{
    [Theory]
    [InlineData("/v3/directline/conversations")]
    [InlineData("/v3/directline/tokens/generate")]
    [InlineData("/v3/directline/conversations/abc/activities")]
    public async Task A_preflight_from_any_origin_is_allowed_with_the_web_chat_headers(string path)
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", "https://party.example.cn");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowedHeaders = response.Headers.GetValues("Access-Control-Allow-Headers").Single().Split(", ");
        Assert.Contains("x-ms-bot-agent", allowedHeaders);
        Assert.Contains("authorization", allowedHeaders);
        Assert.Contains("content-type", allowedHeaders);
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_and_errors_carry_the_allow_origin_header()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();

        using var ok = await client.SendAsync(HttpMethod.Post, "/tokens/generate", DirectLineApp.Secret);
        using var refused = await client.SendAsync(HttpMethod.Post, "/tokens/generate", bearer: null);

        Assert.Equal("*", ok.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("*", refused.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Routes_outside_direct_line_get_no_cors_headers()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/chat/session");
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
