using BranchBot.Core;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Meetings;
using BranchBot.Core.Text;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Broadcasts;
using BranchBot.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BranchBot.Tests.Broadcasts;

public sealed class BroadcastProblemTextsTests
{
    private static readonly BranchClock Clock = new(new FakeTimeProvider(BotHarness.Start), Options.Create(new BranchBotOptions { TimeZone = "Asia/Shanghai" }));
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly Meeting Meeting = new()
    {
        Id = "mt1", Kind = MeetingKind.GeneralMeeting, StartsAt = Monday.AddHours(5), EndsAt = Monday.AddHours(7), Audience = MeetingAudience.Branch,
        Topic = "学习二十大精神",
    };

    private static readonly BroadcastProblem[] EveryProblem =
    [
        new BroadcastProblem.NotAllowed(),
        new BroadcastProblem.NotAllowedToWithdraw(),
        new BroadcastProblem.Text(new TextProblem.Empty(TextField.Reply)),
        new BroadcastProblem.TooLong(2100, 2000),
        new BroadcastProblem.PastTime(Monday),
        new BroadcastProblem.EmptyAudience("第一党小组"),
        new BroadcastProblem.NotFound(12),
        new BroadcastProblem.AlreadyWithdrawn(12),
        new BroadcastProblem.FollowUpOfWithdrawn(12, BroadcastFollowUp.Remind),
        new BroadcastProblem.NotYetSent(12, Monday, BroadcastFollowUp.Resend),
        new BroadcastProblem.NoAcknowledgementAsked(12),
        new BroadcastProblem.AllAcknowledged(12),
        new BroadcastProblem.StillSending(12, 3),
        new BroadcastProblem.NothingToResend(12),
        new BroadcastProblem.AcknowledgementNotNeeded(12),
        new BroadcastProblem.NotReceived(12),
        new BroadcastProblem.Withdrawn(12),
        new BroadcastProblem.NothingReceived(),
        new BroadcastProblem.NoGroups(),
        new BroadcastProblem.GroupNotFound("第九", ["第一党小组", "第二党小组"]),
        new BroadcastProblem.MeetingNotFound(),
        new BroadcastProblem.MeetingNotStarted(Meeting),
        new BroadcastProblem.EarlierNotNamed(),
        new BroadcastProblem.EarlierNotFound(7),
        new BroadcastProblem.EarlierAskedNoAcknowledgement(7),
    ];

    [Fact]
    public void Every_broadcast_problem_has_a_sentence()
    {
        Assert.Equal(Cases<BroadcastProblem>(), EveryProblem.Select(p => p.GetType()).ToHashSet());
        foreach (var problem in EveryProblem)
        {
            Assert.NotEmpty(BroadcastTexts.Problem(problem, Clock));
        }
    }

    [Fact]
    public void The_chat_says_todays_sentences()
    {
        Assert.Equal("找不到广播12。发送「广播记录」查看最近的广播。", BroadcastTexts.Problem(new BroadcastProblem.NotFound(12), Clock));
        Assert.Equal("回复内容不能为空。", BroadcastTexts.Problem(new BroadcastProblem.Text(new TextProblem.Empty(TextField.Reply)), Clock));
        Assert.Equal("回复太长了，请控制在500个字以内。", BroadcastTexts.Problem(new BroadcastProblem.Text(new TextProblem.TooLong(TextField.Reply, 500)), Clock));
        Assert.Equal("广播内容不能为空。", BroadcastTexts.Problem(new BroadcastProblem.Text(new TextProblem.Empty(TextField.BroadcastContent)), Clock));
        Assert.Equal("广播内容太长了（2100字），请控制在2000个字以内。", BroadcastTexts.Problem(new BroadcastProblem.TooLong(2100, 2000), Clock));
        Assert.Equal("广播12已经撤回，不能催收。", BroadcastTexts.Problem(new BroadcastProblem.FollowUpOfWithdrawn(12, BroadcastFollowUp.Remind), Clock));
        Assert.Equal("广播12定于11月30日（星期一）09:00发送，还没有发出，不能补发。",
            BroadcastTexts.Problem(new BroadcastProblem.NotYetSent(12, Monday, BroadcastFollowUp.Resend), Clock));
        Assert.Equal("找不到党小组「第九」。现有党小组：第一党小组、第二党小组。",
            BroadcastTexts.Problem(new BroadcastProblem.GroupNotFound("第九", ["第一党小组", "第二党小组"]), Clock));
        Assert.Equal("11月30日（星期一）14:00 党员大会「学习二十大精神」还没有开始，还谈不上未签到。",
            BroadcastTexts.Problem(new BroadcastProblem.MeetingNotStarted(Meeting), Clock));
    }

    [Fact]
    public void Every_plan_problem_stop_reason_and_skip_has_a_sentence()
    {
        BroadcastPlanProblem[] problems =
        [
            new BroadcastPlanProblem.Broadcast(new BroadcastProblem.NoGroups()),
            new BroadcastPlanProblem.CannotRecur(),
            new BroadcastPlanProblem.ImpossibleRecurrence(new Recurrence(RecurrenceFrequency.Monthly, 40, new TimeOnly(9, 0))),
            new BroadcastPlanProblem.NotFound(9),
            new BroadcastPlanProblem.NotAllowedToStop(),
            new BroadcastPlanProblem.AlreadyStopped(1),
        ];
        Assert.Equal(Cases<BroadcastPlanProblem>(), problems.Select(p => p.GetType()).ToHashSet());
        Assert.Equal(
            [
                "支部还没有党小组。", "定期广播只能发给全体党员、支委或某个党小组。", "日期应在1日到31日之间。",
                "找不到定期广播9。发送「定期广播」查看现有的定期广播。", "只有发起人、书记和副书记可以停止这项定期广播。", "定期广播1已经停止了。",
            ],
            problems.Select(p => BroadcastPlanTexts.Problem(p, Clock)));

        Assert.Equal("发起人李四已不是支委，定期广播已自动停止。", BroadcastPlanTexts.StopReason(new BroadcastPlanStopReason.AuthorNotCommittee("李四")));
        Assert.Equal("发起人已不在支部，定期广播已自动停止。", BroadcastPlanTexts.StopReason(new BroadcastPlanStopReason.AuthorLeft()));
        Assert.Equal("旧的原因", BroadcastPlanTexts.StopReason(new BroadcastPlanStopReason.Worded("旧的原因")));
        Assert.Equal("11月30日（星期一）09:00这次没有发送：「第一党小组」中没有可以发送的对象。",
            BroadcastPlanTexts.Skipped(new SkippedOccurrence.Refused(Monday, new BroadcastProblem.EmptyAudience("第一党小组")), Clock));
        Assert.Equal("旧的说明", BroadcastPlanTexts.Skipped(new SkippedOccurrence.Worded("旧的说明"), Clock));
    }

    private static HashSet<Type> Cases<T>() => [.. typeof(T).GetNestedTypes().Where(t => t.IsSubclassOf(typeof(T)))];
}
