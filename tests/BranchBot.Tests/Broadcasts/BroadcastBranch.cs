using BranchBot.Tests.Meetings.Chat;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Broadcasts;

/// <summary>
/// The meeting scripts' branch (王书记; 张三 and 李四 in 第一党小组; 赵六 in 第二党小组; 钱七 not joined from chat) with
/// <see cref="Deliver"/> to send whatever is due on the harness clock at a chosen moment.
/// </summary>
internal sealed class BroadcastBranch
{
    public BroadcastBranch(BotHarness bot)
    {
        Bot = bot;
        Meetings = new MeetingBranch(bot);
    }

    /// <summary>The standard harness: its outbox is drained on the fake clock before each read of messages.</summary>
    public static BotHarness NewHarness() => new();

    public BotHarness Bot { get; }

    public MeetingBranch Meetings { get; }

    public ConversationScript Secretary => Meetings.Secretary;

    public ConversationScript Zhang => Meetings.Zhang;

    public ConversationScript Li => Meetings.Li;

    public ConversationScript Zhao => Meetings.Zhao;

    /// <summary>Sends every outbox item due now, as the background workers would; returns the attempts made.</summary>
    public int Deliver() => Bot.DeliverOutbox();

    /// <summary>Writes a broadcast to everyone through the guided dialog and confirms it.</summary>
    public BroadcastBranch Broadcast(string text, bool acknowledgement = true, string audience = "全体党员")
    {
        Secretary.Send($"广播 {text}").ExpectReply("发给谁")
            .Send(audience).ExpectReply("需要成员点「收到」回执吗")
            .Send(acknowledgement ? "是" : "否").ExpectReply("什么时候发送")
            .Send("立即发送").ExpectReply("请确认广播")
            .Send("确认").ExpectReply("已开始发送");
        return this;
    }
}
