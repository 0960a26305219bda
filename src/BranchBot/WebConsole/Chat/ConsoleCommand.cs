using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.WebConsole.Access;
using BranchBot.WebConsole.Export;

namespace BranchBot.WebConsole.Chat;

/// <summary>
/// 控制台: a one-time login link to the web console, for 书记, 副书记 and 支委 (the branch's pages) and for holders of a
/// 党委 role (the 各支部 pages).
/// </summary>
public sealed class ConsoleCommand(ConsoleLoginLinks links, ConsoleGate gate, ConsoleYearWarmUp warmUp) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["控制台", "工作台", "网页控制台"];

    // Members: a 党委 role holder need not be on a committee; the command checks the roles itself.
    public CommandAudience Audience => CommandAudience.Members;

    public bool IsOfferedTo(Sender sender) => sender?.IsCommittee == true;

    public CommandHelp Help { get; } = new(ConsoleChatTexts.HelpTopic, "控制台", "控制台", "获取网页控制台的一次性登录链接，在电脑上查看台账、会议和名单", Order: 90);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Activity.Conversation?.IsGroup == true)
        {
            await turn.SendAsync(ConsoleChatTexts.PrivateChatOnly, cancellationToken);
            return;
        }

        var member = turn.Sender.Member!;
        var access = await gate.AccessOfAsync(member, null, cancellationToken);
        if (!access.MayUse)
        {
            await turn.SendAsync(ConsoleChatTexts.Refused(Keywords[0]), cancellationToken);
            return;
        }

        var link = links.LinkFor(member);
        if (access.Branch)
        {
            warmUp.Start();
        }

        await turn.SendAsync(access.Branch ? ConsoleChatTexts.Link(link) : ConsoleChatTexts.OversightLink(link), cancellationToken);
    }
}
