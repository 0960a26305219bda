using BranchBot.BotFramework.Schema;
using BranchBot.Core.Delivery;

namespace BranchBot.Channels;

/// <summary>
/// A message to a member as a Bot Framework activity: the text, and the buttons as imBack suggested actions (channels
/// without them show the text alone), as the chat's own replies show them.
/// </summary>
public static class ChannelMessages
{
    /// <summary>A fresh activity on every call: the sender stamps routing fields onto it.</summary>
    public static Activity Render(DeliveryMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var activity = Activity.CreateMessage(message.Text);
        var actions = (message.Buttons ?? []).Select(button => CardAction.ImBack(button.Title, button.Value)).ToList();
        if (actions.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions { Actions = actions };
        }

        return activity;
    }
}
