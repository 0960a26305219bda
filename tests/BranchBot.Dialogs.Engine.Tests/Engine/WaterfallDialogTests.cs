using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Tests.Support;

namespace BranchBot.Dialogs.Tests.Engine;

public class WaterfallDialogTests
{
    private static DialogSet ProfileDialog() => new DialogSet([
        new TextPrompt("name", async (context, _) =>
        {
            await Task.CompletedTask;
            if (context.Recognized.Value!.Length > 10)
            {
                context.RefusalMessage = "名字太长了。";
                return false;
            }

            return true;
        }),
        new ChoicePrompt("form"),
        new ConfirmPrompt("confirm"),
        new WaterfallDialog("profile", [
            (step, ct) => step.PromptAsync("name", PromptOptions.Ask("你叫什么名字？"), ct),
            (step, ct) =>
            {
                step.Values.Set("name", (string)step.Result!);
                return step.PromptAsync("form", new PromptOptions
                {
                    Prompt = "谈话形式？",
                    Choices = [Choice.Of("面谈", "当面"), Choice.Of("电话"), Choice.Of("线上", "视频", "微信")],
                }, ct);
            },
            (step, ct) =>
            {
                step.Values.Set("form", ((FoundChoice)step.Result!).Value);
                return step.PromptAsync("confirm", PromptOptions.Ask($"{step.Values.Get<string>("name")}，{step.Values.Get<string>("form")}，确认吗？"), ct);
            },
            async (step, ct) =>
            {
                if (step.Result is true)
                {
                    await step.DialogContext.SendAsync("已保存。", ct);
                    return await step.EndDialogAsync(step.Values.Get<string>("form"), ct);
                }

                await step.DialogContext.SendAsync("重新来。", ct);
                return await step.DialogContext.ReplaceDialogAsync("profile", null, ct);
            },
        ]),
    ]);

    [Fact]
    public void Walks_every_step_with_state_surviving_between_turns()
    {
        new DialogScript(ProfileDialog(), "profile")
            .Send("开始").ExpectReply("你叫什么名字")
            .Send("张三").ExpectButtons("面谈", "电话", "线上").ExpectReply("谈话形式")
            .Send("2").ExpectButtons("是", "否").ExpectReply("张三，电话，确认吗")
            .Send("确认").ExpectReply("已保存")
            .ExpectCompleted("电话")
            .ExpectNoMoreReplies();
    }

    [Theory]
    [InlineData("面谈", "面谈")]
    [InlineData("当面", "面谈")]
    [InlineData("第三个", "线上")]
    [InlineData("３", "线上")]
    [InlineData("我们用视频吧", "线上")]
    [InlineData("电话。", "电话")]
    public void Choice_accepts_text_synonyms_numbers_and_sentences(string answer, string expected)
    {
        new DialogScript(ProfileDialog(), "profile")
            .Send("开始").ExpectReply("你叫什么名字？")
            .Send("李四").ExpectReply("谈话形式")
            .Send(answer).ExpectReply($"李四，{expected}");
    }

    [Fact]
    public void Choice_not_understood_asks_again_with_the_buttons()
    {
        new DialogScript(ProfileDialog(), "profile")
            .Send("开始").ExpectReply("你叫什么名字？")
            .Send("李四").ExpectReply("谈话形式")
            .Send("面谈或者电话").ExpectButtons("面谈", "电话", "线上").ExpectReply("请点选下面的一个选项")
            .Send("9").ExpectReply("请点选下面的一个选项");
    }

    [Fact]
    public void Validator_refusal_is_explained_and_the_question_repeated()
    {
        new DialogScript(ProfileDialog(), "profile")
            .Send("开始").ExpectReply("你叫什么名字？")
            .Send("一个非常非常非常长的名字啊").ExpectReply("名字太长了。你叫什么名字？")
            .Send("王五").ExpectReply("谈话形式");
    }

    [Fact]
    public void Too_many_failed_attempts_leave_the_dialog()
    {
        var script = new DialogScript(ProfileDialog(), "profile")
            .Send("开始").ExpectReply("你叫什么名字？")
            .Send("王五").ExpectReply("谈话形式")
            .Send("随便").ExpectReply("请点选")
            .Send("不知道").ExpectReply("请点选")
            .Send("还是不知道").ExpectReply(Prompt<bool>.TooManyAttemptsText);
        Assert.Equal(0, script.StackDepth);
        Assert.Equal(DialogTurnStatus.Cancelled, script.LastResult!.Status);
    }

    [Fact]
    public void Saying_no_starts_the_dialog_again_from_the_first_question()
    {
        new DialogScript(ProfileDialog(), "profile")
            .Send("开始").ExpectReply("你叫什么名字？")
            .Send("王五").ExpectReply("谈话形式")
            .Send("面谈").ExpectReply("确认吗")
            .Send("不对").ExpectReply("重新来").ExpectReply("你叫什么名字")
            .Send("赵六").ExpectReply("谈话形式");
    }

    [Theory]
    [InlineData("是", true)]
    [InlineData("好的！", true)]
    [InlineData("确认", true)]
    [InlineData("OK", true)]
    [InlineData("否", false)]
    [InlineData("取消", false)]
    [InlineData("不要", false)]
    [InlineData("也许吧", null)]
    [InlineData("需要", true)]
    [InlineData("要", true)]
    [InlineData("行", true)]
    [InlineData("嗯", true)]
    [InlineData("没问题", true)]
    [InlineData("好的，谢谢", true)]
    [InlineData("不用了，就是说说而已", false)]
    [InlineData("不需要", false)]
    [InlineData("没有", false)]
    [InlineData("不了", false)]
    [InlineData("是不是太早了", null)]
    [InlineData("要不再等等", null)]
    public void Confirm_reads_common_answers(string answer, bool? expected)
    {
        Assert.Equal(expected, ConfirmPrompt.Interpret(answer));
    }

    [Theory]
    [InlineData("立即", 0)]
    [InlineData("马上", 0)]
    [InlineData("第二个", 1)]
    [InlineData("2", 1)]
    [InlineData("定时", 1)]
    [InlineData("发送", null)]
    [InlineData("随便", null)]
    public void Choices_accept_a_unique_part_a_synonym_or_the_number(string answer, int? expected)
    {
        List<Choice> choices = [Choice.Of("立即发送", "马上"), Choice.Of("定时发送")];

        Assert.Equal(expected, ChoiceRecognizer.Recognize(answer, choices)?.Index);
    }

    [Fact]
    public async Task A_stack_naming_an_unknown_dialog_is_dropped()
    {
        var state = new DialogState { Stack = [new DialogInstance { Id = "removed-in-this-version" }] };
        var dc = new DialogContext(ProfileDialog(), RecordingTurnContext.UserSays("hi"), state);
        var result = await dc.ContinueDialogAsync(CancellationToken.None);
        Assert.Equal(DialogTurnStatus.Empty, result.Status);
        Assert.Empty(state.Stack);
    }

    [Fact]
    public void Corrupt_saved_state_starts_afresh()
    {
        Assert.Empty(DialogState.FromJson("{not json").Stack);
    }
}
