using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.WebConsole.Access;

namespace BranchBot.WebConsole.Chat;

/// <summary>控制台: a one-time login link to the secretary web console (书记, 副书记, 支委).</summary>
public sealed class ConsoleCommand(ConsoleLoginLinks links) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["控制台", "工作台", "网页控制台"];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new(ConsoleChatTexts.HelpTopic, "控制台", "控制台", "获取网页控制台的一次性登录链接，在电脑上查看台账、会议和名单", Order: 90);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Activity.Conversation?.IsGroup == true)
        {
            await turn.SendAsync(ConsoleChatTexts.PrivateChatOnly, cancellationToken);
            return;
        }

        await turn.SendAsync(ConsoleChatTexts.Link(links.LinkFor(turn.Sender.Member!)), cancellationToken);
    }
}
