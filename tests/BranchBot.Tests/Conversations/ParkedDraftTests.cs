using BranchBot.Storage.LiteDb;
using BranchBot.Tests.Meetings.Chat;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Conversations;

/// <summary>
/// A long dialog the bot gave up on after repeated misunderstanding is set aside, not dropped: 继续填写 brings back its
/// question, also after a restart (a second server over the same database file); only 取消 then drops it.
/// </summary>
public sealed class ParkedDraftTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("branchbot-parked-").FullName;

    private string DatabaseFile => Path.Combine(_directory, "branchbot.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private BotHarness Server() => new(services => services.AddSingleton(_ => LiteDbContext.Open($"Filename={DatabaseFile};Connection=direct")));

    private static void Misunderstood(ConversationScript secretary) =>
        secretary.Send("让我再看看").ExpectReply("请确认会议安排")
            .Send("这个啥意思呢").ExpectReply("请确认会议安排")
            .Send("今天天气不错").ExpectReply("多次没能理解你的回答，先停在这里。你填写的会议安排都已保存：发送「继续填写」回到刚才的问题接着填写");

    [Fact]
    public async Task An_arrangement_given_up_on_comes_back_with_继续填写_even_pressed_twice_and_is_saved_on_confirmation()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 党员大会 明天下午3点 三楼会议室 学习党章").ExpectReply("请确认会议安排");
        Misunderstood(branch.Secretary);

        branch.Secretary.Send("近期安排").ExpectReply("你近期没有需要参加的会议。").ExpectNoMoreReplies();
        branch.Secretary.Send("继续填写").ExpectReply("请确认会议安排")
            .Send("继续填写").ExpectReply("请确认会议安排").ExpectNoMoreReplies();
        Assert.Contains("学习党章", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("确认").ExpectReply("已安排");
        branch.Zhang.ExpectNotification("【会议通知】党员大会");

        branch.Secretary.Send("继续填写").ExpectReply("没有需要接着填写的内容");
    }

    [Fact]
    public async Task A_draft_set_aside_survives_a_restart_and_取消_after_resuming_drops_it()
    {
        await using (var bot = Server())
        {
            var secretary = bot.ClaimedBranch();
            secretary.Send("安排 党课 明天下午3点 党员活动室 党章学习").ExpectReply("请确认会议安排");
            Misunderstood(secretary);
        }

        await using var restarted = Server();
        var again = restarted.User("secretary");
        again.Send("继续填写").ExpectReply("请确认会议安排");
        Assert.Contains("党章学习", again.LastReplyText, StringComparison.Ordinal);
        again.Send("取消").ExpectReply("已取消")
            .Send("继续填写").ExpectReply("没有需要接着填写的内容");
    }
}
