using System.Net;
using System.Text;
using System.Text.Json;

namespace BranchBot.Tests.Support;

/// <summary>
/// A chat message posted to the server's /api/messages as the Bot Framework Emulator sends it (conversation
/// <c>conv-{user}</c>), for tests of a whole server: several instances, a restart, a migrated database.
/// </summary>
internal static class ChatOverHttp
{
    /// <summary>The texts the bot sent to the user's conversation during the turn (and before it, when <paramref name="clear"/> is false).</summary>
    /// <param name="describeFailure">Added to the message when the server does not answer 200 (e.g. logged exceptions).</param>
    /// <param name="channelId">The channel the user writes from: a member is bound to a channel and a user id.</param>
    public static async Task<string> SayAsync(
        this BranchBotApplication app, string text, string user, HttpClient? client = null, bool clear = true, Func<string>? describeFailure = null,
        string channelId = "emulator")
    {
        ArgumentNullException.ThrowIfNull(app);
        if (clear)
        {
            app.Connector.Calls.Clear();
        }

        var activity = new
        {
            type = "message", id = $"act-{Guid.NewGuid():N}", channelId, serviceUrl = "http://127.0.0.1:9/", text,
            from = new { id = user, name = "测试" }, recipient = new { id = "bot" }, conversation = new { id = ConversationOf(user) }, locale = "zh-CN",
        };
        using var content = new StringContent(JsonSerializer.Serialize(activity), Encoding.UTF8, "application/json");
        using var response = await (client ?? app.CreateClient()).PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        Assert.True(
            response.StatusCode == HttpStatusCode.OK,
            $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}\n{describeFailure?.Invoke()}");
        return string.Join("\n", app.Connector.Calls.Where(c => c.ConversationId == ConversationOf(user)).Select(c => c.Activity.Text));
    }

    public static string ConversationOf(string user) => $"conv-{user}";
}
