namespace BranchBot.Dialogs.Engine.Prompts;

/// <summary>A question waiting for an answer, as seen by whoever decides whether a message answers it.</summary>
public interface IAnsweredQuestion
{
    /// <summary>True when the answer is one of a few offered options (buttons), so a whole command line cannot be one.</summary>
    bool OffersChoices { get; }

    /// <summary>
    /// True when the answer is a few words of the member's own (a reason for leave), so a question or another request
    /// typed instead is not one.
    /// </summary>
    bool TakesShortAnswer(DialogContext dc);

    /// <summary>
    /// True when the answer has a shape the question reads (a date and time, a number), so a command line or another
    /// request typed instead, which it cannot read, is not one.
    /// </summary>
    bool TakesShapedAnswer { get; }

    /// <summary>Whether <paramref name="text"/> would be read as an answer to the question now being asked.</summary>
    bool Understands(DialogContext dc, string text);

    /// <summary>
    /// Whether <paramref name="text"/> may be meant as an answer even if not understood: then another request read from
    /// it in free words ("帮我加一个党员 刘洋") does not set the question aside. Understood answers always are.
    /// </summary>
    bool MayBeMeantAsAnswer(DialogContext dc, string text);
}
