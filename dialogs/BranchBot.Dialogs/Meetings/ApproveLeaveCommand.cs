using BranchBot.Core.Meetings;
using BranchBot.Core.Notifications;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// 批准请假 编号 / 不批准请假 编号 (or a name): decides a pending leave request and tells the member. Without an
/// argument, or as 审批请假 / 待审批 (the name 帮助 lists it under), lists the pending requests with their buttons.
/// </summary>
public sealed class ApproveLeaveCommand(AttendanceService attendance, MeetingPresenter presenter, MeetingAnnouncer announcer, PendingLeaveList pendingList) : IChatCommand
{
    public const string ApproveKeyword = "批准请假";
    public const string DenyKeyword = "不批准请假";

    public IReadOnlyList<string> Keywords { get; } = [ApproveKeyword, DenyKeyword, "驳回请假", .. ListingKeywords];

    /// <summary>The words that only ask to see what waits for a decision: they decide nothing, whatever follows them.</summary>
    private static readonly string[] ListingKeywords = ["审批请假", "待审批请假", "待审批"];

    public CommandAudience Audience => CommandAudience.Committee;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(MeetingTexts.HelpTopic, "审批请假", "批准请假 编号 / 不批准请假 编号", "审批党员的请假申请（不带编号时列出待审批的申请）", Order: 68)
    {
        ButtonValue = ApproveKeyword,
        Example = "批准请假 1",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var approve = turn.Text.TrimStart().StartsWith(ApproveKeyword, StringComparison.Ordinal);
        var pending = await attendance.ListPendingLeaveAsync(cancellationToken);
        var wanted = arguments.Trim();
        if (wanted.Length == 0 || ListingKeywords.Any(k => turn.Text.TrimStart().StartsWith(k, StringComparison.Ordinal)))
        {
            await pendingList.SendAsync(turn, pending, cancellationToken);
            return;
        }

        // "不批准请假 6424 党员大会很重要，请调整出差时间": the number (or name) first, then a word for the member.
        var (which, comment) = SplitFirstWord(wanted);
        var matches = Matching(pending, wanted);
        if (matches.Count == 0 && comment.Length > 0)
        {
            matches = Matching(pending, which);
        }
        else
        {
            comment = string.Empty;
        }

        if (matches.Count == 0 && ListPosition(which, pending.Count) is { } position)
        {
            // "不批准请假 1": the first line of the list, whose number is in brackets; asked, never decided on a guess.
            var listed = pending[position - 1];
            var line = $"{(approve ? ApproveKeyword : DenyKeyword)} {LeaveNumbers.Of(listed.Record)}{(comment.Length > 0 ? " " + comment : string.Empty)}";
            await turn.SendWithButtonsAsync(
                MeetingTexts.LeaveByPosition(position, LeaveNumbers.Of(listed.Record), listed.Member.Name, presenter.Describe(listed.Meeting), approve), [line], cancellationToken);
            return;
        }

        if (matches.Count != 1)
        {
            await turn.SendAsync(matches.Count == 0 ? MeetingTexts.NoSuchLeave(which) : MeetingTexts.AmbiguousLeave(which), cancellationToken);
            return;
        }

        var chosen = matches[0];
        var decided = await attendance.DecideLeaveAsync(chosen.Meeting.Id, chosen.Member.Id, approve, turn.Sender.Member!, cancellationToken);
        if (!decided.Succeeded)
        {
            await turn.SendAsync(MeetingProblemTexts.Say(decided.Problem!, presenter), cancellationToken);
            return;
        }

        var decision = decided.Value!;
        var described = presenter.Describe(decision.Meeting);
        var told = await announcer.NotifyAsync(
            decision.Requester,
            new Notification(MeetingTexts.LeaveOutcome(described, decision.Approved, turn.Sender.Member!.Name, comment)) { Key = NoticeKeys.Once("leave-decided") },
            cancellationToken);
        await turn.SendAsync(MeetingTexts.LeaveDecided(decision.Requester.Name, described, decision.Approved, told.Reached.Count > 0, comment), cancellationToken);
    }

    /// <summary>A list position (1, 2, …) typed where a request's number belongs; request numbers have four digits.</summary>
    private static int? ListPosition(string which, int count) =>
        int.TryParse(which, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= count ? n : null;

    private static List<PendingLeave> Matching(IReadOnlyList<PendingLeave> pending, string wanted) =>
        pending.Where(p => p.Member.Name == wanted || LeaveNumbers.Of(p.Record).ToString(System.Globalization.CultureInfo.InvariantCulture) == wanted).ToList();

    private static (string First, string After) SplitFirstWord(string text)
    {
        var space = text.IndexOfAny([' ', '\u3000', '，', ',']);
        return space < 0 ? (text, string.Empty) : (text[..space], text[(space + 1)..].Trim());
    }
}
