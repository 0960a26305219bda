using System.Net;
using System.Text.RegularExpressions;

namespace BranchBot.Tests.DirectLine.Support;

public static partial class ErrorAssert
{
    /// <summary>The status for machines, and a JSON error with a Chinese message for people.</summary>
    public static async Task IsErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = (await DirectLineTestClient.ReadJsonAsync(response)).GetProperty("error");
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Matches(Chinese(), error.GetProperty("message").GetString());
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
