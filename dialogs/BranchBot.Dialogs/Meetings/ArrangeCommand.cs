using BranchBot.Core.Meetings;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// 安排 &lt;类型&gt; &lt;时间&gt; [地点] [主题]: arranges a meeting (summary first, created on 确认), or with
/// "每月…"/"每季度…" a recurring plan. Committee members arrange anything; a 党小组长 their group's 党小组会.
/// </summary>
public sealed class ArrangeCommand(BranchClock clock) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["安排", "安排会议"];

    public CommandAudience Audience => CommandAudience.Members;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(MeetingTexts.HelpTopic, "安排会议", "安排 类型 时间 地点 主题", "安排三会一课、主题党日等会议（也可只发「安排」按提示填写；「安排 每月15日下午3点 主题党日」设定期安排）", Order: 60)
    {
        ButtonValue = "安排",
        Example = "安排 支部党员大会 下周三下午3点 三楼会议室 学习党章",
        ShortcutFor = HelpShortcut.Committee | HelpShortcut.Secretary,
    };

    public bool IsOfferedTo(Sender sender) => MayArrange(sender);

    public static bool MayArrange(Sender sender) => sender is { Member: { } member } && MeetingService.MayArrangeMeetings(member);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!MayArrange(turn.Sender))
        {
            await turn.SendAsync(MeetingProblemTexts.NotAllowedToArrange, cancellationToken);
            return;
        }

        if (PlanRequestParser.Parse(arguments, clock.Now, clock.Zone) is { } plan)
        {
            await turn.BeginDialogAsync(PlanDialog.DialogId, PlanForm.From(plan), cancellationToken);
            return;
        }

        var request = MeetingRequestParser.Parse(arguments, clock.Now, clock.Zone);
        if (!turn.Sender.IsCommittee && request.Kind is { } kind && kind != MeetingKind.GroupMeeting)
        {
            await turn.SendAsync(MeetingProblemTexts.NotAllowedToArrange, cancellationToken);
            return;
        }

        await turn.BeginDialogAsync(ArrangeMeetingDialog.DialogId, MeetingForm.From(request), cancellationToken);
    }
}
