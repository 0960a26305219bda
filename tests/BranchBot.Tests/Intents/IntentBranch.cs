using BranchBot.BotFramework.Schema;
using BranchBot.Dialogs.Bot;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Intents;

/// <summary>
/// The branch the natural-utterance tests speak to (Wednesday 2026-11-25 10:00 in Shanghai): 王书记 (the 书记, who
/// speaks), members 陈静, 刘洋, 王芳 and 张丽华 joined from chat, a 党员大会 on 2026-12-02 14:30 and a 支委会 on
/// 2026-11-27 19:00.
/// </summary>
internal sealed class IntentBranch
{
    public IntentBranch(BotHarness bot)
    {
        Bot = bot;
        Secretary = bot.ClaimedBranch();
        ChenJing = bot.JoinedMember(Secretary, "chenjing", "陈静");
        LiuYang = bot.JoinedMember(Secretary, "liuyang", "刘洋");
        WangFang = bot.JoinedMember(Secretary, "wangfang", "王芳");
        ZhangLihua = bot.JoinedMember(Secretary, "zhanglihua", "张丽华");
        Arrange("安排 党员大会 12月2日下午2点半 三楼会议室 学习四中全会精神", ChenJing, LiuYang, WangFang, ZhangLihua);
        Arrange("安排 支委会 11月27日晚上7点 党员活动室 研究发展党员");
    }

    public BotHarness Bot { get; }

    public ConversationScript Secretary { get; }

    public ConversationScript ChenJing { get; }

    public ConversationScript LiuYang { get; }

    public ConversationScript WangFang { get; }

    public ConversationScript ZhangLihua { get; }

    /// <summary>The 书记 as the bot resolves them for a message, for reading sentences without sending them.</summary>
    public Task<Sender> SecretarySenderAsync() =>
        Bot.Services.GetRequiredService<SenderResolver>().ResolveAsync(
            new Activity
            {
                Type = ActivityTypes.Message,
                ChannelId = Secretary.ChannelId,
                From = new ChannelAccount { Id = Secretary.UserId },
                Conversation = new ConversationAccount { Id = Secretary.ConversationId },
                ServiceUrl = "https://channel.test/",
                Text = string.Empty,
            },
            CancellationToken.None);

    private void Arrange(string line, params ConversationScript[] told)
    {
        Secretary.Send(line).ExpectReply("请确认会议安排").Send("确认").ExpectReply("已安排");
        foreach (var member in told)
        {
            member.ExpectNotification("【会议通知】");
        }
    }
}
