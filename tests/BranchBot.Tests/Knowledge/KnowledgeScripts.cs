using BranchBot.Tests.Support;

namespace BranchBot.Tests.Knowledge;

internal static class KnowledgeScripts
{
    /// <summary>Clicks a button of the reply last read: sends the value behind its title, as a channel would.</summary>
    public static ConversationScript Press(this ConversationScript script, string title)
    {
        var action = script.LastReply?.SuggestedActions?.Actions.FirstOrDefault(a => a.Title == title);
        Assert.True(action is not null, $"No button 「{title}」 under 「{script.LastReplyText}」.");
        return script.Send(action!.Value?.ToString() ?? title);
    }

    /// <summary>The value behind a button of the reply last read.</summary>
    public static string ButtonValue(this ConversationScript script, string title) =>
        script.LastReply?.SuggestedActions?.Actions.FirstOrDefault(a => a.Title == title)?.Value?.ToString()
        ?? throw new Xunit.Sdk.XunitException($"No button 「{title}」 under 「{script.LastReplyText}」.");
}
