using System.Collections.Concurrent;
using BranchBot.BotFramework.Schema;
using BranchBot.BotFramework.Turns;

namespace BranchBot.TestSupport;

/// <summary>
/// Stands in for the real bot in Direct Line and browser tests: greets on conversationUpdate, answers "收到：" + text
/// with suggested actions, answers "卡片" with a hero card, and fails on "出错". Linked into the browser tests.
/// </summary>
public sealed class TestBot : IBot
{
    public const string Greeting = "你好，我是测试机器人。";
    public const string EchoPrefix = "收到：";
    public const string CardRequest = "卡片";
    public const string FailRequest = "出错";
    public const string CardTitle = "主题党日活动";
    public const string CardText = "时间：周五下午三点\n地点：支部活动室";
    public const string CardButton = "报名参加";
    public const string SuggestionOk = "好的";

    /// <summary>Asks for a reply with textFormat plain: <see cref="PlainReply"/>, backslashes and all.</summary>
    public const string PlainRequest = "原样";
    public const string PlainReply = "原样显示：\\*不是强调\\*";

    public ConcurrentQueue<Activity> Received { get; } = new();

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        Received.Enqueue(activity);
        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            if (activity.MembersAdded?.Any(member => member.Id != activity.Recipient?.Id) == true)
            {
                await turnContext.SendTextAsync(Greeting, cancellationToken);
            }

            return;
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }

        var text = activity.Text?.Trim() ?? string.Empty;
        switch (text)
        {
            case FailRequest:
                throw new InvalidOperationException("The test bot fails on purpose.");
            case CardRequest:
                var card = new HeroCard { Title = CardTitle, Text = CardText, Buttons = [CardAction.ImBack(CardButton)] };
                await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Attachments = [card.ToAttachment()] }, cancellationToken);
                return;
            case PlainRequest:
                var plain = Activity.CreateMessage(PlainReply);
                plain.TextFormat = "plain";
                await turnContext.SendActivityAsync(plain, cancellationToken);
                return;
            default:
                var reply = Activity.CreateMessage(EchoPrefix + text);
                reply.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(SuggestionOk), CardAction.ImBack(CardRequest)] };
                await turnContext.SendActivityAsync(reply, cancellationToken);
                return;
        }
    }
}
