using BranchBot.BotFramework.Schema;
using BranchBot.BotFramework.Turns;

namespace BranchBot.Dialogs.Tests.Support;

/// <summary>A turn whose replies are kept in a list instead of being sent anywhere.</summary>
internal sealed class RecordingTurnContext(Activity activity) : ITurnContext
{
    public Activity Activity { get; } = activity;

    public bool Responded => Sent.Count > 0;

    public InvokeResponse? InvokeResponse { get; set; }

    public List<Activity> Sent { get; } = [];

    public Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        Sent.Add(activity);
        return Task.FromResult(new ResourceResponse($"reply-{Sent.Count}"));
    }

    public static RecordingTurnContext UserSays(string text) => new(new Activity
    {
        Type = ActivityTypes.Message,
        Text = text,
        ChannelId = "test",
        From = new ChannelAccount { Id = "user-1" },
        Recipient = new ChannelAccount { Id = "bot" },
        Conversation = new ConversationAccount { Id = "conversation-1" },
        ServiceUrl = "https://test.invalid/",
    });
}
