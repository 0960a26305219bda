using BranchBot.Tests.Support;

namespace BranchBot.Tests.Meetings.Chat;

/// <summary>
/// A claimed branch for meeting scripts: 王书记 (secretary), 张三 and 李四 in 第一党小组, 赵六 in 第二党小组, and
/// 钱七, who is on the roster but has not joined from chat (so cannot be notified).
/// </summary>
internal sealed class MeetingBranch
{
    public MeetingBranch(BotHarness bot)
    {
        Bot = bot;
        Secretary = bot.ClaimedBranch();
        Zhang = bot.JoinedMember(Secretary, "zhang", "张三", "第一党小组");
        Li = bot.JoinedMember(Secretary, "li", "李四", "第一党小组");
        Zhao = bot.JoinedMember(Secretary, "zhao", "赵六", "第二党小组");
        Secretary.Send("添加党员 钱七").ExpectReply("邀请码");
    }

    public BotHarness Bot { get; }

    public ConversationScript Secretary { get; }

    public ConversationScript Zhang { get; }

    public ConversationScript Li { get; }

    public ConversationScript Zhao { get; }

    public MeetingBranch WithGroupLeader(string name)
    {
        Secretary.Send($"设置角色 {name} 党小组长").ExpectReply("党小组长");
        return this;
    }

    public MeetingBranch WithCommitteeMember(string name)
    {
        Secretary.Send($"设置角色 {name} 支委").ExpectReply("支委");
        return this;
    }

    /// <summary>Arranges a meeting in one line and confirms it, reading the secretary's reply.</summary>
    public MeetingBranch Arranged(string line)
    {
        Secretary.Send(line).ExpectReply("请确认会议安排").Send("确认").ExpectReply("已安排");
        return this;
    }
}
