using BranchBot.Core.Talks;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Talks;

/// <summary>必访任务: the secretary's open follow-ups from 谈心 hardships, numbered for 完成必访.</summary>
public sealed class FollowUpsCommand(FollowUpService followUps) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["必访任务", "走访任务", "必访"];

    public CommandAudience Audience => CommandAudience.Secretary;

    public CommandHelp Help { get; } = new(TalkTexts.HelpTopic, "必访任务", "必访任务", "查看谈心中发现困难、需要走访的党员和期限", Order: 77);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var open = await followUps.ListOpenFollowUpsAsync(turn.Sender.Member!, cancellationToken);
        if (!open.Succeeded)
        {
            await turn.SendAsync(TalkTexts.Problem(open.Problem!), cancellationToken);
            return;
        }

        await turn.SendAsync(open.Value!.Count == 0 ? TalkTexts.NoFollowUps : TalkTexts.FollowUps(open.Value), cancellationToken);
    }
}
