using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Forms;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Tests.Support;

namespace BranchBot.Dialogs.Tests.Engine;

/// <summary>A field answered by a choice among options loaded when it is asked (recent meetings, by id).</summary>
public class FormDialogLoadedChoiceTests
{
    [Fact]
    public void The_answer_means_the_option_shown_even_when_the_list_changed_meanwhile()
    {
        List<(string Label, string Id)> meetings = [("周一党课", "m1"), ("周三支委会", "m2")];
        var script = new DialogScript(Dialogs(meetings), PickDialog.DialogId)
            .Send("开始").ExpectButtons("周一党课", "周三支委会").ExpectReply("哪次会议？");

        meetings.Insert(0, ("周五党员大会", "m3"));
        meetings.RemoveAt(2);

        script.Send("周三支委会").ExpectReply("选定m2")
            .Send("确认").ExpectReply("已选m2")
            .ExpectCompleted("m2")
            .ExpectNoMoreReplies();
    }

    [Fact]
    public void Changing_the_field_loads_the_options_again()
    {
        List<(string Label, string Id)> meetings = [("周一党课", "m1")];
        var script = new DialogScript(Dialogs(meetings), PickDialog.DialogId)
            .Send("开始").ExpectButtons("周一党课").ExpectReply("哪次会议？")
            .Send("周一党课").ExpectReply("选定m1");

        meetings.Add(("周三支委会", "m2"));

        script.Send("修改").ExpectReply("要修改哪一项？")
            .Send("会议").ExpectButtons("周一党课", "周三支委会").ExpectReply("哪次会议？")
            .Send("周三支委会").ExpectReply("选定m2")
            .ExpectNoMoreReplies();
    }

    private static DialogSet Dialogs(List<(string Label, string Id)> meetings) => new([
        new ChoicePrompt(PromptIds.Choice),
        new PickDialog(meetings),
    ]);

    private sealed record Pick
    {
        public string? MeetingId { get; init; }

        /// <summary>The ids behind the buttons last shown, by index.</summary>
        public IReadOnlyList<string>? Shown { get; init; }
    }

    private sealed class PickDialog(List<(string Label, string Id)> meetings) : FormDialog<Pick>(DialogId)
    {
        public const string DialogId = "test.pick";

        protected override IReadOnlyList<FormField<Pick>> Fields => field ??=
        [
            new FormField<Pick, FoundChoice>
            {
                Name = "meeting",
                Label = "会议",
                IsMissing = p => p.MeetingId is null,
                Ask = (p, _) => FieldQuestion<Pick>.Choice(
                    "哪次会议？", meetings.Select(m => Choice.Of(m.Label)), p with { Shown = [.. meetings.Select(m => m.Id)] }),
                Accept = (p, chosen) => p.Shown is { } shown && chosen.Index < shown.Count
                    ? FieldAnswer<Pick>.Accepted(p with { MeetingId = shown[chosen.Index], Shown = null })
                    : FieldAnswer<Pick>.Rejected(p, null),
                Clear = p => p with { MeetingId = null },
            },
        ];

        protected override string NotDoneText => "好的，没有选。";

        protected override Task<FormSummary<Pick>> SummarizeAsync(DialogContext dc, Pick form, CancellationToken cancellationToken) =>
            Task.FromResult<FormSummary<Pick>>(new FormSummary<Pick>.Show(form, $"选定{form.MeetingId}", SummaryOffer.ConfirmChangeCancel));

        protected override async Task<DialogTurnResult> SubmitAsync(DialogContext dc, Pick form, CancellationToken cancellationToken)
        {
            await dc.SendAsync($"已选{form.MeetingId}", cancellationToken);
            return await dc.EndDialogAsync(form.MeetingId, cancellationToken);
        }
    }
}
