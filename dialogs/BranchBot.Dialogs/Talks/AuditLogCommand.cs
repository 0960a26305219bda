using BranchBot.Core.Talks;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Talks;

/// <summary>访问日志: who viewed (or tried to view) someone else's talk records or feedback, newest first; the secretary only.</summary>
public sealed class AuditLogCommand(AuditLog audit, BranchClock clock) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["访问日志", "谈心访问日志"];

    public CommandAudience Audience => CommandAudience.Secretary;

    public CommandHelp Help { get; } = new(TalkTexts.HelpTopic, "访问日志", "访问日志", "查看谁在何时查看过他人的谈心内容", Order: 79);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var entries = await audit.ListAuditAsync(turn.Sender.Member!, cancellationToken: cancellationToken);
        if (!entries.Succeeded)
        {
            await turn.SendAsync(TalkTexts.Problem(entries.Problem!), cancellationToken);
            return;
        }

        await turn.SendAsync(entries.Value!.Count == 0 ? TalkTexts.NoAuditEntries : TalkTexts.AuditLog(entries.Value, clock.ToLocal), cancellationToken);
    }
}
