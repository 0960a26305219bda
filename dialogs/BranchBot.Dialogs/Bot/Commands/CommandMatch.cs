namespace BranchBot.Dialogs.Bot.Commands;

/// <summary>A command found at the start of a message, and the rest of the message as its arguments.</summary>
public sealed record CommandMatch(IChatCommand Command, string Keyword, string Arguments)
{
    /// <summary>Runs the command for the turn's sender, or tells them in Chinese why they may not use it.</summary>
    public Task RunAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var refusal = AudienceCheck.Refusal(Command, turn.Sender, Keyword);
        return refusal is null ? Command.HandleAsync(turn, Arguments, cancellationToken) : turn.SendAsync(refusal, cancellationToken);
    }
}
