using System.Text.Json.Nodes;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Forms;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Tests.Support;

namespace BranchBot.Dialogs.Tests.Engine;

/// <summary>
/// Fields answered by a free sentence (no prompt in between), what a dialog overriding the turn handling reads, and a
/// summary whose confirm button says more than 确认.
/// </summary>
public class FormDialogSentenceTests
{
    [Fact]
    public void A_sentence_question_takes_the_next_message_as_its_answer_with_no_prompt_on_the_stack()
    {
        var script = new DialogScript(Dialogs(), DiaryDialog.DialogId)
            .Send("开始").ExpectButtons("跳过").ExpectReply("今天怎么样？");
        Assert.Equal(1, script.StackDepth);

        script.Send("挺好的，学了党章").ExpectReply("心情？")
            .Send("不错").ExpectButtons("确认提交", "修改", "取消").ExpectReply("挺好的，学了党章·不错")
            .Send("提交").ExpectReply("已记下。")
            .ExpectCompleted("挺好的，学了党章")
            .ExpectNoMoreReplies();
    }

    [Fact]
    public void A_refused_sentence_is_asked_again_with_the_reason_in_front()
    {
        new DialogScript(Dialogs(), DiaryDialog.DialogId)
            .Send("开始").ExpectReply("今天怎么样？")
            .Send("好").ExpectButtons("跳过").ExpectReply("多说几个字吧。\n今天怎么样？")
            .Send("挺好的，学了党章").ExpectReply("心情？")
            .ExpectNoMoreReplies();
    }

    [Fact]
    public void A_dialog_that_overrides_continue_sees_the_text_before_the_field_and_reads_the_form()
    {
        new DialogScript(Dialogs(), DiaryDialog.DialogId)
            .Send("开始").ExpectReply("今天怎么样？")
            .Send("挺好的，学了党章").ExpectReply("心情？")
            .Send("不错").ExpectReply("挺好的，学了党章·不错")
            .Send("修改").ExpectReply("要修改哪一项？")
            .Send("今天").ExpectReply("今天怎么样？")
            .Send("暂停").ExpectReply("先停在这里，心情：不错")
            .ExpectCompleted(null)
            .ExpectNoMoreReplies();
    }

    [Fact]
    public void The_words_of_a_confirm_label_pick_it_and_anything_else_is_not_done()
    {
        new DialogScript(Dialogs(), DiaryDialog.DialogId)
            .Send("开始").ExpectReply("今天怎么样？")
            .Send("挺好的，学了党章").ExpectReply("心情？")
            .Send("不错").ExpectReply("挺好的，学了党章·不错")
            .Send("取消").ExpectReply("没有记下。")
            .ExpectCompleted(null);
    }

    [Fact]
    public async Task A_stack_saved_by_an_older_version_waiting_for_text_goes_on_with_the_form_it_kept_elsewhere()
    {
        var state = new DialogState();
        state.Stack.Add(new DialogInstance { Id = DiaryDialog.DialogId, State = new JsonObject { ["step"] = 2, ["values"] = new JsonObject() } });
        state.Stack[0].State.Set(DiaryDialog.EarlierKey, new Diary { Day = "挺好的，学了党章" });

        var turn = RecordingTurnContext.UserSays("不错");
        var dc = new DialogContext(Dialogs(), turn, DialogState.FromJson(state.ToJson()));
        await dc.ContinueDialogAsync(CancellationToken.None);

        Assert.Equal("挺好的，学了党章·不错", Assert.Single(turn.Sent).Text);
    }

    private static DialogSet Dialogs() => new([
        new TextPrompt(PromptIds.Text),
        new ChoicePrompt(PromptIds.Choice),
        new DiaryDialog(),
    ]);

    private sealed record Diary
    {
        public string? Day { get; init; }

        public string? Mood { get; init; }
    }

    private sealed class DiaryDialog() : FormDialog<Diary>(DialogId)
    {
        public const string DialogId = "test.diary";

        public const string EarlierKey = "diaryForm";

        protected override IReadOnlyList<FormField<Diary>> Fields { get; } =
        [
            new FormField<Diary, string>
            {
                Name = "day",
                Label = "今天",
                IsMissing = d => d.Day is null,
                Ask = (_, problem) => FieldQuestion<Diary>.FreeSentence(problem is null ? "今天怎么样？" : $"{problem}\n今天怎么样？", "跳过"),
                Accept = (d, said) => said.Length < 3 ? FieldAnswer<Diary>.Rejected(d, "多说几个字吧。") : FieldAnswer<Diary>.Accepted(d with { Day = said }),
                Clear = d => d with { Day = null },
            },
            new FormField<Diary, string>
            {
                Name = "mood",
                Label = "心情",
                IsMissing = d => d.Mood is null,
                Ask = (_, _) => FieldQuestion<Diary>.Text(PromptOptions.Ask("心情？")),
                Accept = (d, mood) => FieldAnswer<Diary>.Accepted(d with { Mood = mood }),
                Clear = d => d with { Mood = null },
            },
        ];

        protected override string NotDoneText => "没有记下。";

        protected override FormChoices Choices { get; } = new(["提交"], []) { ConfirmLabel = "确认提交" };

        public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            if (dc.Text != "暂停")
            {
                return await base.ContinueAsync(dc, cancellationToken);
            }

            await dc.SendAsync($"先停在这里，心情：{CurrentForm(dc)?.Mood}", cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        protected override Diary? EarlierForm(JsonObject state) => state.Get<Diary>(EarlierKey);

        protected override Task<FormSummary<Diary>> SummarizeAsync(DialogContext dc, Diary form, CancellationToken cancellationToken) =>
            Task.FromResult<FormSummary<Diary>>(new FormSummary<Diary>.Show(form, $"{form.Day}·{form.Mood}", SummaryOffer.ConfirmChangeCancel));

        protected override async Task<DialogTurnResult> SubmitAsync(DialogContext dc, Diary form, CancellationToken cancellationToken)
        {
            await dc.SendAsync("已记下。", cancellationToken);
            return await dc.EndDialogAsync(form.Day, cancellationToken);
        }
    }
}
