namespace BranchBot.Dialogs.Engine.Prompts;

/// <summary>The shared prompt dialogs every conversation can use.</summary>
public static class PromptIds
{
    public const string Text = "prompt.text";
    public const string Choice = "prompt.choice";
    public const string Confirm = "prompt.confirm";
    public const string Number = "prompt.number";
    public const string DateTime = "prompt.datetime";
}
