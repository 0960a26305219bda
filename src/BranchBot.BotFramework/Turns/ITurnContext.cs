using BranchBot.BotFramework.Schema;

namespace BranchBot.BotFramework.Turns;

public interface ITurnContext
{
    /// <summary>The incoming activity of this turn.</summary>
    Activity Activity { get; }

    /// <summary>True once the bot has sent anything in this turn.</summary>
    bool Responded { get; }

    /// <summary>Set by the bot to answer an invoke activity synchronously; unset means 501.</summary>
    InvokeResponse? InvokeResponse { get; set; }

    /// <summary>Sends an activity into this turn's conversation, filling in the addressing from the incoming one.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);
}
