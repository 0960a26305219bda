using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Engine.Forms;

/// <summary>
/// The answers under a form's summary (确认, 修改, 取消), the question 修改 asks, and the skip button of an optional
/// field. A dialog may add words that also mean 确认 or 修改 (its <see cref="FormDialog{TForm}.Choices"/>).
/// </summary>
public sealed record FormChoices(IReadOnlyList<string> ConfirmWords, IReadOnlyList<string> ChangeWords)
{
    public const string Confirm = "确认";
    public const string Change = "修改";
    public const string Cancel = "取消";
    public const string Skip = "跳过";
    public const string AskField = "要修改哪一项？";

    /// <summary>The button that confirms (「确认提交」 where 「确认」 alone says too little); <see cref="Confirm"/> unless set.</summary>
    public string ConfirmLabel { get; init; } = Confirm;

    /// <summary>The three labels alone, no other words.</summary>
    public static FormChoices Plain { get; } = new([], []);

    /// <summary>The buttons of a summary offering <paramref name="offer"/>.</summary>
    public List<Choice> For(SummaryOffer offer) => offer switch
    {
        SummaryOffer.ConfirmChangeCancel => [ConfirmChoice(), ChangeChoice(), Choice.Of(Cancel)],
        SummaryOffer.ChangeCancel => [ChangeChoice(), Choice.Of(Cancel)],
        _ => [ConfirmChoice(), Choice.Of(Cancel)],
    };

    private Choice ConfirmChoice() => Choice.Of(ConfirmLabel, [.. ConfirmWords]);

    private Choice ChangeChoice() => Choice.Of(Change, [.. ChangeWords]);
}

/// <summary>What a summary lets the user answer.</summary>
public enum SummaryOffer
{
    /// <summary>确认, 修改 or 取消, as buttons.</summary>
    ConfirmChangeCancel,

    /// <summary>修改 or 取消: the form cannot be saved as it is (the summary says why).</summary>
    ChangeCancel,

    /// <summary>确认 or 取消, as buttons.</summary>
    ConfirmCancel,

    /// <summary>确认 or 取消 as the buttons of a yes-or-no question: any yes or no word answers.</summary>
    YesOrNo,
}
