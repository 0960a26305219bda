using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Tests.Support;

namespace BranchBot.Dialogs.Tests.Engine;

public class NumberPromptTests
{
    private static DialogSet Attendance(PromptOptions options) => new([
        new NumberPrompt("count"),
        new WaterfallDialog("attendance", [
            (step, ct) => step.PromptAsync("count", options, ct),
            async (step, ct) =>
            {
                await step.DialogContext.SendAsync($"已记录{(int)step.Result!}人。", ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]),
    ]);

    private static DialogScript Script(PromptOptions options) => new(Attendance(options), "attendance");

    [Theory]
    [InlineData("15", 15)]
    [InlineData("１５", 15)]
    [InlineData("十五", 15)]
    [InlineData("二十一人", 21)]
    [InlineData("一百零五名", 105)]
    [InlineData("两个", 2)]
    [InlineData("30。", 30)]
    public void Accepts_arabic_and_chinese_numerals(string answer, int expected)
    {
        Script(NumberPrompt.Ask("应到多少人？", min: 1, max: 200, unit: "人"))
            .Send("开始").ExpectReply("应到多少人？")
            .Send(answer).ExpectReply($"已记录{expected}人。")
            .ExpectCompleted(expected);
    }

    [Fact]
    public void Not_a_number_then_a_number_asks_again_then_completes()
    {
        Script(NumberPrompt.Ask("应到多少人？"))
            .Send("开始").ExpectReply("应到多少人？")
            .Send("很多").ExpectReply("请回复一个数字，例如 3 或「三」。应到多少人？")
            .Send("十二").ExpectReply("已记录12人。")
            .ExpectCompleted(12)
            .ExpectNoMoreReplies();
    }

    [Theory]
    [InlineData(1, 200, "0", "请回复1到200之间的数字。")]
    [InlineData(1, 200, "三百", "请回复1到200之间的数字。")]
    [InlineData(1, null, "零", "不能少于1，请重新回复。")]
    [InlineData(null, 50, "51", "不能超过50，请重新回复。")]
    public void Numbers_outside_the_bounds_are_refused_with_the_bounds(int? min, int? max, string answer, string refusal)
    {
        Script(NumberPrompt.Ask("应到多少人？", min, max))
            .Send("开始").ExpectReply("应到多少人？")
            .Send(answer).ExpectReply($"{refusal}应到多少人？");
    }

    [Fact]
    public void The_retry_prompt_follows_the_refusal_when_given()
    {
        Script(NumberPrompt.Ask("应到多少人？", min: 1, retryPrompt: "请只回复人数。"))
            .Send("开始").ExpectReply("应到多少人？")
            .Send("不知道").ExpectReply("请回复一个数字，例如 3 或「三」。请只回复人数。");
    }

    [Fact]
    public void Too_many_attempts_leave_the_dialog()
    {
        var script = Script(NumberPrompt.Ask("应到多少人？", min: 1, max: 200))
            .Send("开始").ExpectReply("应到多少人？")
            .Send("很多").ExpectReply("请回复一个数字")
            .Send("999").ExpectReply("请回复1到200之间的数字")
            .Send("不清楚").ExpectReply(Prompt<int>.TooManyAttemptsText)
            .ExpectNoMoreReplies();
        Assert.Equal(0, script.StackDepth);
        Assert.Equal(DialogTurnStatus.Cancelled, script.LastResult!.Status);
    }

    [Fact]
    public void A_malformed_bound_is_a_programming_error()
    {
        var options = PromptOptions.Ask("应到多少人？");
        options.Settings = new() { [NumberPrompt.MinSetting] = "one" };
        var script = Script(options).Send("开始");
        Assert.Throws<InvalidOperationException>(() => script.Send("5"));
    }
}
