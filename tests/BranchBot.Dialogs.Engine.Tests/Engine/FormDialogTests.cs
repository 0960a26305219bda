using System.Text.Json.Nodes;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Forms;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Tests.Support;

namespace BranchBot.Dialogs.Tests.Engine;

public class FormDialogTests
{
    [Fact]
    public void Asks_each_missing_field_then_submits_on_confirm()
    {
        new DialogScript(Dialogs(), VisitDialog.DialogId)
            .Send("开始").ExpectReply("看望谁？")
            .Send("张三").ExpectButtons("面谈", "电话").ExpectReply("怎么谈？")
            .Send("电话").ExpectButtons("跳过").ExpectReply("备注？")
            .Send("带上材料").ExpectButtons("确认", "修改", "取消").ExpectReply("张三·电话·带上材料")
            .Send("确认").ExpectReply("已记下张三。")
            .ExpectCompleted("张三")
            .ExpectNoMoreReplies();
    }

    [Fact]
    public void A_refused_answer_asks_the_same_field_again_with_the_reason_in_front()
    {
        new DialogScript(Dialogs(), VisitDialog.DialogId)
            .Send("开始").ExpectReply("看望谁？")
            .Send("一个名字很长很长的人").ExpectReply("名字太长了。\n看望谁？")
            .Send("李四").ExpectReply("怎么谈？")
            .ExpectNoMoreReplies();
    }

    [Fact]
    public void A_field_that_does_not_apply_is_neither_asked_nor_offered_for_change()
    {
        new DialogScript(Dialogs(), VisitDialog.DialogId)
            .Send("开始").ExpectReply("看望谁？")
            .Send("张三").ExpectReply("怎么谈？")
            .Send("面谈").ExpectReply("在哪里？")
            .Send("活动室").ExpectReply("备注？")
            .Send("跳过").ExpectReply("张三·面谈·活动室·无备注")
            .Send("修改").ExpectButtons("对象", "方式", "地点", "备注").ExpectReply("要修改哪一项？")
            .Send("方式").ExpectReply("怎么谈？")
            .Send("电话").ExpectReply("张三·电话·无备注")
            .Send("修改").ExpectButtons("对象", "方式", "备注").ExpectReply("要修改哪一项？")
            .ExpectNoMoreReplies();
    }

    [Theory]
    [InlineData("跳过")]
    [InlineData("无。")]
    public void A_skip_word_leaves_an_optional_field_as_the_field_says(string answer)
    {
        new DialogScript(Dialogs(), VisitDialog.DialogId)
            .Send("开始").ExpectReply("看望谁？")
            .Send("张三").ExpectReply("怎么谈？")
            .Send("电话").ExpectReply("备注？")
            .Send(answer).ExpectReply("张三·电话·无备注")
            .ExpectNoMoreReplies();
    }

    [Fact]
    public void Change_forgets_the_chosen_field_and_asks_it_again()
    {
        new DialogScript(Dialogs(), VisitDialog.DialogId)
            .Send("开始").ExpectReply("看望谁？")
            .Send("张三").ExpectReply("怎么谈？")
            .Send("电话").ExpectReply("备注？")
            .Send("无").ExpectReply("张三·电话·无备注")
            .Send("更改").ExpectReply("要修改哪一项？")
            .Send("对象").ExpectReply("看望谁？")
            .Send("王五").ExpectReply("王五·电话·无备注")
            .Send("好").ExpectReply("已记下王五。")
            .ExpectCompleted("王五");
    }

    [Fact]
    public void Anything_but_confirm_under_the_summary_ends_with_the_not_done_text()
    {
        new DialogScript(Dialogs(), VisitDialog.DialogId)
            .Send("开始").ExpectReply("看望谁？")
            .Send("张三").ExpectReply("怎么谈？")
            .Send("电话").ExpectReply("备注？")
            .Send("无").ExpectReply("张三·电话·无备注")
            .Send("取消").ExpectReply("好的，没有记下。")
            .ExpectCompleted(null)
            .ExpectNoMoreReplies();
    }

    [Theory]
    [InlineData("好的", "已记下张三。")]
    [InlineData("不用了", "好的，没有记下。")]
    public void A_yes_or_no_summary_takes_any_yes_or_no_word(string answer, string expected)
    {
        new DialogScript(Dialogs(SummaryOffer.YesOrNo), VisitDialog.DialogId)
            .Send("开始").ExpectReply("看望谁？")
            .Send("张三").ExpectReply("怎么谈？")
            .Send("电话").ExpectReply("备注？")
            .Send("无").ExpectButtons("确认", "取消").ExpectReply("张三·电话·无备注")
            .Send(answer).ExpectReply(expected)
            .ExpectNoMoreReplies();
    }

    [Fact]
    public void A_question_that_finds_nothing_to_offer_ends_the_dialog()
    {
        new DialogScript(Dialogs(places: []), VisitDialog.DialogId)
            .Send("开始").ExpectReply("看望谁？")
            .Send("张三").ExpectReply("怎么谈？")
            .Send("面谈").ExpectReply("没有可用的地点。")
            .ExpectCompleted(null)
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task A_stack_saved_without_the_asked_field_gives_the_answer_to_the_first_missing_field()
    {
        // A step-by-step dialog's stack set aside before a deploy: its form under values/"form", a step number, no field name.
        var form = new JsonObject { ["name"] = "张三" };
        var state = new DialogState();
        state.Stack.Add(new DialogInstance { Id = VisitDialog.DialogId, State = new JsonObject { ["step"] = 1, ["values"] = new JsonObject { ["form"] = form } } });
        state.Stack.Add(new DialogInstance { Id = PromptIds.Choice, State = new JsonObject() });
        state.Stack[^1].State.Set("options", new PromptOptions { Prompt = "怎么谈？", Choices = [Choice.Of("面谈"), Choice.Of("电话")] });
        state.Stack[^1].State.Set("attempts", 0);

        var turn = RecordingTurnContext.UserSays("电话");
        var dc = new DialogContext(Dialogs(), turn, DialogState.FromJson(state.ToJson()));
        await dc.ContinueDialogAsync(CancellationToken.None);

        Assert.Equal("备注？", Assert.Single(turn.Sent).Text);
    }

    private static DialogSet Dialogs(SummaryOffer offer = SummaryOffer.ConfirmChangeCancel, string[]? places = null) => new([
        new TextPrompt(PromptIds.Text),
        new ChoicePrompt(PromptIds.Choice),
        new ConfirmPrompt(PromptIds.Confirm),
        new VisitDialog(offer, places ?? ["活动室", "会议室"]),
    ]);

    private sealed record Visit
    {
        public string? Name { get; init; }

        public string? Way { get; init; }

        public string? Place { get; init; }

        public string? Note { get; init; }

        public bool NoteSkipped { get; init; }
    }

    private sealed class VisitDialog(SummaryOffer offer, string[] places) : FormDialog<Visit>(DialogId)
    {
        public const string DialogId = "test.visit";

        protected override IReadOnlyList<FormField<Visit>> Fields { get; } =
        [
            new FormField<Visit, string>
            {
                Name = "name",
                Label = "对象",
                IsMissing = v => v.Name is null,
                Ask = (_, problem) => FieldQuestion<Visit>.Text(PromptOptions.Ask(problem is null ? "看望谁？" : $"{problem}\n看望谁？")),
                Accept = (v, name) => name.Length > 6 ? FieldAnswer<Visit>.Rejected(v, "名字太长了。") : FieldAnswer<Visit>.Accepted(v with { Name = name }),
                Clear = v => v with { Name = null },
            },
            new FormField<Visit, FoundChoice>
            {
                Name = "way",
                Label = "方式",
                IsMissing = v => v.Way is null,
                Ask = (_, _) => FieldQuestion<Visit>.Choice("怎么谈？", [Choice.Of("面谈"), Choice.Of("电话")]),
                Accept = (v, way) => FieldAnswer<Visit>.Accepted(v with { Way = way.Value, Place = null }),
                Clear = v => v with { Way = null },
            },
            new FormField<Visit, FoundChoice>
            {
                Name = "place",
                Label = "地点",
                AppliesTo = v => v.Way == "面谈",
                IsMissing = v => v.Place is null,
                AskWith = async (dc, _, _, ct) =>
                {
                    if (places.Length == 0)
                    {
                        await dc.SendAsync("没有可用的地点。", ct);
                        return new FieldQuestion<Visit>.End();
                    }

                    return FieldQuestion<Visit>.Choice("在哪里？", places.Select(p => Choice.Of(p)));
                },
                Accept = (v, place) => FieldAnswer<Visit>.Accepted(v with { Place = place.Value }),
                Clear = v => v with { Place = null },
            },
            new FormField<Visit, string>
            {
                Name = "note",
                Label = "备注",
                IsMissing = v => v.Note is null && !v.NoteSkipped,
                Ask = (_, _) => FieldQuestion<Visit>.Text(PromptOptions.Ask("备注？")),
                Accept = (v, note) => FieldAnswer<Visit>.Accepted(v with { Note = note }),
                SkipWords = new HashSet<string>(StringComparer.Ordinal) { "跳过", "无" },
                Skip = v => v with { NoteSkipped = true },
                Clear = v => v with { Note = null, NoteSkipped = false },
            },
        ];

        protected override string NotDoneText => "好的，没有记下。";

        protected override FormChoices Choices { get; } = new(["好"], ["更改"]);

        protected override Task<FormSummary<Visit>> SummarizeAsync(DialogContext dc, Visit form, CancellationToken cancellationToken)
        {
            string[] parts = [form.Name!, form.Way!, .. form.Place is null ? Array.Empty<string>() : [form.Place], form.Note ?? "无备注"];
            return Task.FromResult<FormSummary<Visit>>(new FormSummary<Visit>.Show(form, string.Join("·", parts), offer));
        }

        protected override async Task<DialogTurnResult> SubmitAsync(DialogContext dc, Visit form, CancellationToken cancellationToken)
        {
            await dc.SendAsync($"已记下{form.Name}。", cancellationToken);
            return await dc.EndDialogAsync(form.Name, cancellationToken);
        }
    }
}
