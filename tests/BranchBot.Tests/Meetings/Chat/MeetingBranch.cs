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
        Named(name).ExpectNotification("你在支部中的角色已由党员改为党小组长");
        return this;
    }

    public MeetingBranch WithCommitteeMember(string name)
    {
        Secretary.Send($"设置角色 {name} 支委").ExpectReply($"已将「{name}」的角色由党员改为支委。");
        Named(name).ExpectNotification("你在支部中的角色已由党员改为支委");
        return this;
    }

    private ConversationScript Named(string name) => name switch
    {
        "张三" => Zhang,
        "李四" => Li,
        "赵六" => Zhao,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a joined member of this branch."),
    };

    /// <summary>Arranges a meeting in one line and confirms it, reading the notices of those told.</summary>
    public MeetingBranch Arranged(string line, params ConversationScript[] told)
    {
        Secretary.Send(line).ExpectReply("请确认会议安排").Send("确认").ExpectReply("已安排");
        foreach (var member in told)
        {
            member.ExpectNotification("【会议通知】");
        }

        return this;
    }

    /// <summary>A 党员大会 today at 14:00 (check-in opens at 13:30), announced to everyone.</summary>
    public MeetingBranch GeneralMeetingToday(string extra = "")
    {
        return Arranged($"安排 党员大会 今天下午2点 三楼会议室 学习二十大精神 {extra}".Trim(), Zhang, Li, Zhao);
    }

    /// <summary>Moves the clock to a wall time on 2026-11-25 in Beijing.</summary>
    public void At(int hour, int minute = 0)
    {
        var target = new DateTimeOffset(2026, 11, 25, hour, minute, 0, TimeSpan.FromHours(8));
        Bot.Clock.Advance(target - Bot.Clock.GetUtcNow());
    }
}
