namespace BranchBot.Dialogs.Engine.Prompts;

/// <summary>What prompts say when they give up on an answer and keep what the user typed.</summary>
public static class PromptTexts
{
    /// <summary>Leads the message when a dialog on the stack keeps what the user typed and says how to go on.</summary>
    public const string TooManyAttemptsKeptLead = "多次没能理解你的回答，先停在这里。";

    /// <summary>The words that put a set-aside stack back (<see cref="DialogContext.ResumeParkedAsync"/>).</summary>
    public const string ResumeWords = "继续填写";

    public static string DraftParked(string draft) =>
        $"你填写的{draft}都已保存：发送「{ResumeWords}」回到刚才的问题接着填写，之后发送「取消」可以放弃。";
}
