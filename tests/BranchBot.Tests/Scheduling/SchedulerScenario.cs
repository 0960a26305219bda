using BranchBot.Core.Meetings;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Scheduling;

/// <summary>A claimed branch with 张三 (第一党小组) and 李四 (第二党小组), and a meeting time everyone uses.</summary>
internal static class SchedulerScenario
{
    /// <summary>Thursday 26 November 2026, 15:00 in Beijing: the day after <see cref="BotHarness.Start"/>.</summary>
    public static readonly DateTimeOffset MeetingStart = new(2026, 11, 26, 15, 0, 0, TimeSpan.FromHours(8));

    public static (ConversationScript Secretary, ConversationScript Zhang, ConversationScript Li) Branch(SchedulerBot bot)
    {
        var secretary = bot.Bot.ClaimedBranch();
        var zhang = bot.Bot.JoinedMember(secretary, "zhang", "张三", "第一党小组");
        var li = bot.Bot.JoinedMember(secretary, "li", "李四", "第二党小组");
        return (secretary, zhang, li);
    }

    public static MeetingDraft GeneralMeeting(DateTimeOffset? start = null, string? code = null) => new()
    {
        Kind = MeetingKind.GeneralMeeting,
        StartsAt = start ?? MeetingStart,
        Place = "三楼会议室",
        Topic = "学习党章",
        CheckInCode = code,
    };

    public static MeetingDraft GroupMeeting(string group) => new()
    {
        Kind = MeetingKind.GroupMeeting,
        StartsAt = MeetingStart,
        Audience = AudienceKind.Group,
        Group = group,
    };

    /// <summary>What the bot sent to a person's conversation and no script has read yet (without taking it).</summary>
    public static IReadOnlyList<string> Unread(SchedulerBot bot, ConversationScript person)
    {
        bot.Bot.DeliverOutbox();
        return [.. bot.Bot.Channel.Pending.Where(a => a.Conversation?.Id == person.ConversationId).Select(a => a.Text ?? string.Empty)];
    }

    /// <summary>Takes and returns what the bot sent to a person's conversation.</summary>
    public static IReadOnlyList<string> Take(SchedulerBot bot, ConversationScript person)
    {
        bot.Bot.DeliverOutbox();
        return [.. bot.Bot.Channel.TakeFor(person.ConversationId).Select(a => a.Text ?? string.Empty)];
    }
}
