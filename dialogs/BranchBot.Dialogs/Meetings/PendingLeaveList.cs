using System.Text;
using BranchBot.Core.Meetings;
using BranchBot.Core.Notifications;
using BranchBot.Dialogs.Bot;

namespace BranchBot.Dialogs.Meetings;

/// <summary>The pending leave requests with their 批准/不批准 buttons, as 「批准请假」 without a number lists them.</summary>
public sealed class PendingLeaveList(MeetingPresenter presenter)
{
    public async Task SendAsync(BotTurn turn, IReadOnlyList<PendingLeave> pending, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(pending);
        if (pending.Count == 0)
        {
            await turn.SendAsync(MeetingTexts.NoPendingLeave, cancellationToken);
            return;
        }

        var text = new StringBuilder();
        var buttons = new List<string>();
        Append(pending, text, buttons);
        await turn.SendWithButtonsAsync(text.ToString(), buttons, cancellationToken);
    }

    /// <summary>"待审批的请假申请 2 条：" and a line per request, with its two buttons added to <paramref name="buttons"/>.</summary>
    public void Append(IReadOnlyList<PendingLeave> pending, StringBuilder text, List<string> buttons)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(buttons);
        text.Append($"待审批的请假申请 {pending.Count} 条：");
        foreach (var item in pending)
        {
            var number = LeaveNumbers.Of(item.Record);
            text.Append("\n[").Append(number).Append("] ").Append(item.Member.Name).Append(" · ").Append(presenter.Describe(item.Meeting))
                .Append(" · 原因：").Append(MarkdownText.Escape(item.Record.LeaveReason));
            buttons.Add($"{ApproveLeaveCommand.ApproveKeyword} {number}");
            buttons.Add($"{ApproveLeaveCommand.DenyKeyword} {number}");
        }
    }
}
