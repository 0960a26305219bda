namespace BranchBot.Dialogs.Engine;

public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,

    /// <summary>The active dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The dialog finished; <see cref="DialogTurnResult.Result"/> holds its value.</summary>
    Complete,

    /// <summary>The dialog stack was cancelled.</summary>
    Cancelled,
}

public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);

    public static DialogTurnResult Empty { get; } = new(DialogTurnStatus.Empty);

    public static DialogTurnResult Cancelled { get; } = new(DialogTurnStatus.Cancelled);
}
