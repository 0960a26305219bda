namespace BranchBot.BotFramework.Turns;

/// <summary>The bot's logic: called once per incoming activity, with that conversation's turns in order.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
