using System.Text;
using BranchBot.BotFramework.Turns;
using BranchBot.Core.Membership;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Bot;

/// <summary>帮助, the welcome message and the "not understood" answer: what this sender may do, as buttons.</summary>
public sealed class HelpResponder(CommandCatalog commands)
{
    public Task SendAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Context.SendActivityAsync(Build(turn.Sender, Greeting(turn.Sender)), cancellationToken);
    }

    public Task SendWelcomeAsync(ITurnContext context, Sender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sender);
        var intro = sender.Branch?.Name is { } name ? $"你好！我是「{name}」的党支部助手。" : "你好！我是党支部助手。";
        return context.SendActivityAsync(Build(sender, intro + (sender.Member is null ? string.Empty : Greeting(sender))), cancellationToken);
    }

    public Task SendNotUnderstoodAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = turn.Text.Length > 30 ? turn.Text[..30] + "…" : turn.Text;
        return turn.Context.SendActivityAsync(Build(turn.Sender, $"抱歉，我没有理解「{text}」。"), cancellationToken);
    }

    /// <summary>The commands this sender may use, in help order.</summary>
    public IReadOnlyList<IChatCommand> AvailableTo(Sender sender) =>
        [.. commands.Commands.Where(c => c.Help is not null && AudienceCheck.Allows(c.Audience, sender) && c.IsOfferedTo(sender)).OrderBy(c => c.Help!.Order)];

    private static string Greeting(Sender sender) => sender.Member is { } member
        ? $"你好，{member.Name}（{RoleNames.ToChinese(member.Role)}）！"
        : string.Empty;

    private BranchBot.BotFramework.Schema.Activity Build(Sender sender, string opening)
    {
        var available = AvailableTo(sender);
        var text = new StringBuilder(opening);
        if (sender.Member is null)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(BotTexts.NotAMember(sender.BranchClaimed));
            return Buttons.Message(text.ToString(), available.Select(c => (c.Help!.Title, c.Help.ButtonValue)));
        }

        text.Append(text.Length > 0 ? "\n" : string.Empty).Append("我可以帮你：");
        foreach (var command in available)
        {
            text.Append("\n• ").Append(command.Help!.Usage).Append(" — ").Append(command.Help.Description);
        }

        text.Append("\n随时发送「取消」可退出正在进行的操作。");
        return Buttons.Message(text.ToString(), available.Select(c => (c.Help!.Title, c.Help.ButtonValue)));
    }
}
