using BranchBot.Core.Talks;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Talks;

/// <summary>
/// 匿名建议 &lt;内容&gt;: a suggestion to the branch with no identity kept. The sender is never handed to the service, and
/// nothing here logs the text or who sent it.
/// </summary>
public sealed class SuggestionCommand(SuggestionService suggestions) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = [TalkTexts.SuggestionKeyword, "匿名意见"];

    public CommandAudience Audience => CommandAudience.Members;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(TalkTexts.HelpTopic, "匿名建议", "匿名建议 内容", "向支部匿名提建议（不记录你的身份）", Order: 71)
    {
        Example = "匿名建议 希望学习资料能提前发到群里",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (string.IsNullOrWhiteSpace(arguments))
        {
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], TalkTexts.AskSuggestion), cancellationToken);
            return;
        }

        var sent = await suggestions.SubmitAnonymousAsync(arguments, cancellationToken);
        await turn.SendAsync(sent.Succeeded ? TalkTexts.SuggestionSent : TalkTexts.Problem(sent.Problem!), cancellationToken);
    }
}

/// <summary>匿名建议列表: the secretary reads the anonymous suggestions (date and text only).</summary>
public sealed class SuggestionListCommand(SuggestionService suggestions) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["匿名建议列表", "查看匿名建议"];

    public CommandAudience Audience => CommandAudience.Secretary;

    public CommandHelp Help { get; } = new(TalkTexts.HelpTopic, "匿名建议列表", "匿名建议列表", "查看党员匿名提交的建议", Order: 72);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var listed = await suggestions.ListAsync(turn.Sender.Member!, cancellationToken);
        if (!listed.Succeeded)
        {
            await turn.SendAsync(TalkTexts.Problem(listed.Problem!), cancellationToken);
            return;
        }

        await turn.SendAsync(listed.Value!.Count == 0 ? TalkTexts.NoSuggestions : TalkTexts.SuggestionList(listed.Value), cancellationToken);
    }
}
