using BranchBot.Core;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Recognizers;
using BranchBot.Dialogs.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BranchBot.Dialogs.Tests.Engine;

/// <summary>The clock starts on Wednesday 2026-11-25 at 10:00 in Shanghai (02:00 UTC).</summary>
public class DateTimePromptTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));

    /// <summary>Plans a 支委会: when (future, with a time), then how many attend.</summary>
    private DialogSet PlanMeeting(PromptOptions whenOptions, DateTimePrompt? prompt = null) => new([
        prompt ?? new DateTimePrompt("when", _time, Shanghai),
        new NumberPrompt("count"),
        new WaterfallDialog("plan", [
            (step, ct) => step.PromptAsync("when", whenOptions, ct),
            (step, ct) =>
            {
                step.Values.Set("when", ChineseDateTimeFormatter.Format((ResolvedDateTime)step.Result!));
                return step.PromptAsync("count", NumberPrompt.Ask("应到多少人？", min: 1, max: 200), ct);
            },
            async (step, ct) =>
            {
                await step.DialogContext.SendAsync($"支委会：{step.Values.Get<string>("when")}，应到{(int)step.Result!}人。", ct);
                return await step.EndDialogAsync(step.Values.Get<string>("when"), ct);
            },
        ]),
    ]);

    private static PromptOptions FutureWithTime() => DateTimePrompt.Ask("支委会什么时候开？", mustBeFuture: true, timeRequired: true);

    private DialogScript Script(PromptOptions options) => new(PlanMeeting(options), "plan");

    [Fact]
    public void A_valid_answer_moves_the_waterfall_on()
    {
        Script(FutureWithTime())
            .Send("开始").ExpectReply("支委会什么时候开？")
            .Send("明天下午3点").ExpectReply("应到多少人？")
            .Send("七").ExpectReply("支委会：2026年11月26日（星期四）15:00，应到7人。")
            .ExpectCompleted("2026年11月26日（星期四）15:00")
            .ExpectNoMoreReplies();
    }

    [Fact]
    public void The_prompt_completes_with_the_resolved_value()
    {
        var dialogs = new DialogSet([
            new DateTimePrompt("when", _time, Shanghai),
            new WaterfallDialog("ask", [(step, ct) => step.PromptAsync("when", DateTimePrompt.Ask("哪天？"), ct)]),
        ]);
        new DialogScript(dialogs, "ask")
            .Send("开始").ExpectReply("哪天？")
            .Send("下周三")
            .ExpectCompleted(new ResolvedDateTime(DateTimeParts.DateOnly, new DateOnly(2026, 12, 2), null, new DateTimeOffset(2026, 12, 2, 0, 0, 0, ChinaOffset), PeriodAssumed: false));
    }

    [Fact]
    public void An_impossible_date_is_explained_then_a_valid_one_accepted()
    {
        Script(FutureWithTime())
            .Send("开始").ExpectReply("支委会什么时候开？")
            .Send("2月30日下午3点").ExpectReply("2月没有30日。支委会什么时候开？")
            .Send("12月1日下午2点半").ExpectReply("应到多少人？");
    }

    [Fact]
    public void Unrecognised_text_gets_examples_and_the_question_again()
    {
        Script(FutureWithTime())
            .Send("开始").ExpectReply("支委会什么时候开？")
            .Send("等书记定吧").ExpectReply("没有看出日期或时间，可以这样说：「12月1日下午3点」「明天上午9点」「下周三14:30」。支委会什么时候开？");
    }

    [Fact]
    public void A_contradiction_is_explained()
    {
        Script(FutureWithTime())
            .Send("开始").ExpectReply("支委会什么时候开？")
            .Send("明天下午15点").ExpectReply("「下午15点」前后矛盾");
    }

    [Fact]
    public void A_date_without_a_time_is_refused_when_a_time_is_required()
    {
        Script(FutureWithTime())
            .Send("开始").ExpectReply("支委会什么时候开？")
            .Send("下周三").ExpectReply("请同时说明几点，例如「明天下午3点」。支委会什么时候开？")
            .Send("下周三上午9点").ExpectReply("应到多少人？");
    }

    [Fact]
    public void A_date_alone_is_enough_when_no_time_is_required()
    {
        Script(DateTimePrompt.Ask("哪天开？", mustBeFuture: true))
            .Send("开始").ExpectReply("哪天开？")
            .Send("今天").ExpectReply("应到多少人？")
            .Send("5").ExpectReply("支委会：2026年11月25日（星期三），应到5人。");
    }

    [Fact]
    public void A_moment_already_past_is_refused_when_the_future_is_required()
    {
        Script(FutureWithTime())
            .Send("开始").ExpectReply("支委会什么时候开？")
            .Send("今天上午9点").ExpectReply("2026年11月25日（星期三）09:00已经过去了，需要一个以后的时间。支委会什么时候开？")
            .Send("昨天下午3点").ExpectReply("2026年11月24日（星期二）15:00已经过去了")
            .Send("今天上午11点").ExpectReply("应到多少人？");
    }

    [Fact]
    public void A_past_moment_is_accepted_when_the_future_is_not_required()
    {
        Script(DateTimePrompt.Ask("上次支委会是什么时候？", timeRequired: true))
            .Send("开始").ExpectReply("上次支委会是什么时候？")
            .Send("上周五下午3点").ExpectReply("应到多少人？")
            .Send("5").ExpectReply("支委会：2026年11月20日（星期五）15:00");
    }

    [Fact]
    public void Each_answer_is_read_against_the_time_of_that_turn()
    {
        var script = Script(FutureWithTime())
            .Send("开始").ExpectReply("支委会什么时候开？");

        // At 16:00 "下午3点" has passed today, so the same words now mean tomorrow.
        _time.Advance(TimeSpan.FromHours(6));
        script.Send("下午3点").ExpectReply("应到多少人？")
            .Send("6").ExpectReply("支委会：2026年11月26日（星期四）15:00，应到6人。");
    }

    [Fact]
    public void Too_many_attempts_leave_the_dialog()
    {
        var script = Script(FutureWithTime())
            .Send("开始").ExpectReply("支委会什么时候开？")
            .Send("不知道").ExpectReply("没有看出日期或时间")
            .Send("2月30日").ExpectReply("2月没有30日。")
            .Send("25点").ExpectReply(Prompt<int>.TooManyAttemptsText)
            .ExpectNoMoreReplies();
        Assert.Equal(0, script.StackDepth);
        Assert.Equal(DialogTurnStatus.Cancelled, script.LastResult!.Status);
    }

    [Fact]
    public void The_branch_clock_supplies_time_and_zone()
    {
        var clock = new BranchClock(_time, Options.Create(new BranchBotOptions { TimeZone = "Asia/Shanghai" }));
        var dialogs = PlanMeeting(FutureWithTime(), new DateTimePrompt("when", clock));
        new DialogScript(dialogs, "plan")
            .Send("开始").ExpectReply("支委会什么时候开？")
            .Send("后天晚上7点").ExpectReply("应到多少人？")
            .Send("9").ExpectReply("支委会：2026年11月27日（星期五）19:00，应到9人。");
    }
}
