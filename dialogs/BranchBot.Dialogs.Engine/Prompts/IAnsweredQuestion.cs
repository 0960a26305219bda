namespace BranchBot.Dialogs.Engine.Prompts;

/// <summary>A question waiting for an answer, as seen by whoever decides whether a message answers it.</summary>
public interface IAnsweredQuestion
{
    /// <summary>True when the answer is one of a few offered options (buttons), so a whole command line cannot be one.</summary>
    bool OffersChoices { get; }

    /// <summary>Whether <paramref name="text"/> would be read as an answer to the question now being asked.</summary>
    bool Understands(DialogContext dc, string text);
}
