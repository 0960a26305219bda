using BranchBot.Core.Time;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.PartyDevelopment;

/// <summary>Asks for the date of a step; a date it cannot read is asked again, never guessed.</summary>
public sealed class PastDatePrompt(BranchClock clock) : Prompt<DateOnly>(PromptId, null)
{
    public const string PromptId = "partydev.date";

    protected override PromptRecognition<DateOnly> Recognize(DialogContext dc, string text, PromptOptions options) =>
        PastDateReader.Read(text, clock) is { Date: { } date }
            ? PromptRecognition<DateOnly>.Success(date)
            : PromptRecognition<DateOnly>.Failure(DevelopmentTexts.DateNotRead(text.Trim()));
}
