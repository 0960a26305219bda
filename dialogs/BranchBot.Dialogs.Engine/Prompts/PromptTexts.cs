namespace BranchBot.Dialogs.Engine.Prompts;

/// <summary>What prompts say when they give up on an answer and keep what the user typed.</summary>
public static class PromptTexts
{
    /// <summary>Leads the message when a dialog on the stack keeps what the user typed and says how to go on.</summary>
    public const string TooManyAttemptsKeptLead = "多次没能理解你的回答，先停在这里。";

    /// <summary>The words that put a set-aside stack back (<see cref="DialogContext.ResumeParkedAsync"/>).</summary>
    public const string ResumeWords = "继续填写";

    public const string ChooseOne = "请点选下面的一个选项，或回复它的序号。";

    /// <summary>Said when a question with options is answered with a yes ("确认", "好的"): which option is still missing.</summary>
    public static string ChooseFirst(string typed) => $"「{typed}」之前还要先选一项：{ChooseOne}";

    public static string DraftParked(string draft) =>
        $"你填写的{draft}都已保存：发送「{ResumeWords}」回到刚才的问题接着填写，之后发送「取消」可以放弃。";
}
