using System.Net;
using BranchBot.Core.Membership;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Console;

/// <summary>
/// Regression cases kept from the adversarial review: every way of carrying a CSRF token other than this session's
/// own token in the form body is refused, and nothing is changed.
/// </summary>
public class ConsoleCsrfVariantTests
{
    private static readonly Uri Minutes = new("/console/meetings/minutes", UriKind.Relative);

    [Fact]
    public async Task Tokens_from_another_session_in_the_query_in_a_header_or_in_another_case_are_refused()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var deputy = await app.AddMemberAsync(secretary, "李副书记", MemberRole.DeputySecretary);
        using var mine = await app.SignedInAsync(secretary);
        using var theirs = await app.SignedInAsync(deputy);
        var myToken = ConsoleTestSupport.CsrfIn((await mine.GetPageAsync("/console")).Body);
        var theirToken = ConsoleTestSupport.CsrfIn((await theirs.GetPageAsync("/console")).Body);
        Assert.NotEqual(myToken, theirToken);

        var attempts = new List<HttpResponseMessage>
        {
            await mine.PostAsync(Minutes, Form(theirToken)),
            await mine.PostAsync(new Uri($"/console/meetings/minutes?csrf={Uri.EscapeDataString(myToken)}", UriKind.Relative), Form(null)),
            await mine.PostAsync(Minutes, Form(myToken.ToUpperInvariant() == myToken ? myToken.ToLowerInvariant() : myToken.ToUpperInvariant())),
            await mine.PostAsync(Minutes, Form(string.Empty)),
            await mine.PostAsync(Minutes, Form(myToken[..^1])),
        };
        using (var header = new HttpRequestMessage(HttpMethod.Post, Minutes) { Content = Form(null) })
        {
            header.Headers.Add("X-CSRF-Token", myToken);
            attempts.Add(await mine.SendAsync(header));
        }

        // Without the session cookie, a page elsewhere that knows a token still gets nowhere.
        using var cookieless = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var noCookie = await cookieless.PostAsync(Minutes, Form(myToken));

        Assert.All(attempts, response => Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, noCookie.StatusCode);
        foreach (var response in attempts)
        {
            response.Dispose();
        }
    }

    private static FormUrlEncodedContent Form(string? csrf)
    {
        var fields = new List<KeyValuePair<string, string>> { new("id", "x"), new("minutes", "记录") };
        if (csrf is not null)
        {
            fields.Add(new("csrf", csrf));
        }

        return new FormUrlEncodedContent(fields);
    }
}
