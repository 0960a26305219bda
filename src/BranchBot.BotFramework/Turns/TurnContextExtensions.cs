using BranchBot.BotFramework.Schema;

namespace BranchBot.BotFramework.Turns;

public static class TurnContextExtensions
{
    public static Task<ResourceResponse> SendTextAsync(this ITurnContext turnContext, string text, CancellationToken cancellationToken = default) =>
        turnContext.SendActivityAsync(Activity.CreateMessage(text), cancellationToken);
}
