using BranchBot.BotFramework.Schema;

namespace BranchBot.Dialogs.Engine;

/// <summary>Messages with imBack buttons as suggested actions (channels without them show the text alone).</summary>
public static class Buttons
{
    public static Activity Message(string text, IEnumerable<string> labels)
    {
        var activity = Activity.CreateMessage(text);
        var actions = labels.Select(label => CardAction.ImBack(label)).ToList();
        if (actions.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions { Actions = actions };
        }

        return activity;
    }

    /// <summary>Buttons whose label differs from what they send (e.g. label 「我的信息」 sends 「我的信息」, label 「加入支部」 sends 「加入 」).</summary>
    public static Activity Message(string text, IEnumerable<(string Title, string Value)> buttons)
    {
        var activity = Activity.CreateMessage(text);
        var actions = buttons.Select(b => CardAction.ImBack(b.Title, b.Value)).ToList();
        if (actions.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions { Actions = actions };
        }

        return activity;
    }
}
