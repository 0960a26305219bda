using BranchBot.Storage.LiteDb;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Talks.Chat;

/// <summary>
/// What a member typed in 谈心 is never lost to the bot's misunderstanding, a button pressed twice or a restart (a
/// restart is a second server over the same database file).
/// </summary>
public sealed class FeedbackDraftKeptTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("branchbot-feedback-").FullName;

    private string DatabaseFile => Path.Combine(_directory, "branchbot.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private BotHarness Server() => new(services => services.AddSingleton(_ => LiteDbContext.Open($"Filename={DatabaseFile};Connection=direct")));

    private static void AnswerAll(ConversationScript member) =>
        member.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
            .Send("最近在学习党章").ExpectReply("工作上最近有没有遇到")
            .Send("项目进度有点紧").ExpectReply("生活上有没有需要组织帮忙")
            .Send("没有").ExpectReply("最后一个问题")
            .Send("希望多组织专题学习").ExpectReply("我们聊的内容如下");

    [Fact]
    public async Task Repeated_misunderstanding_keeps_the_answers_says_how_to_go_on_and_谈心_resumes_them_after_a_restart()
    {
        await using (var bot = Server())
        {
            var branch = new TalkBranch(bot);
            AnswerAll(branch.Zhang);
            branch.Zhang.Send("这个要怎么弄").ExpectReply("确认提交")
                .Send("我再想想看").ExpectReply("确认提交")
                .Send("随便吧").ExpectReply("多次没能理解你的回答，先停在这里。你在谈心中写的内容都已保存：今天内发送「谈心」可以接着聊")
                .ExpectNoMoreReplies();
        }

        await using var restarted = Server();
        var zhang = restarted.User("zhang");
        zhang.Send("谈心").ExpectReply("你今天的谈心还没说完（已回答 4/4 个问题）").WithButtons("继续", "重新开始")
            .Send("继续").ExpectReply("2. 工作上的困难：项目进度有点紧")
            .Send("确认提交").ExpectReply("谈心内容已经提交");
    }

    [Fact]
    public async Task Continue_pressed_twice_is_not_taken_as_the_answer_to_the_next_question()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
            .Send("最近在学习党章").ExpectReply("工作上最近有没有遇到")
            .Send("我的信息").ExpectReply("谈心先暂停").ExpectReply("姓名：张三\n");

        branch.Zhang.Send("谈心").ExpectReply("已回答 1/4 个问题")
            .Send("继续").ExpectReply("好的，我们接着聊")
            .Send("继续").ExpectReply("「继续」已经收到了。\n").ExpectNoMoreReplies();
        Assert.Contains("工作上最近有没有遇到", branch.Zhang.LastReplyText, StringComparison.Ordinal);

        branch.Zhang.Send("项目进度有点紧").ExpectReply("生活上有没有需要组织帮忙")
            .Send("跳过").ExpectReply("最后一个问题")
            .Send("跳过").ExpectReply("2. 工作上的困难：项目进度有点紧");
    }

    [Fact]
    public async Task Start_over_pressed_twice_is_not_taken_as_an_answer_either()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
            .Send("最近在学习党章").ExpectReply("工作上最近有没有遇到")
            .Send("近期安排").ExpectReply("谈心先暂停").ExpectReply("你近期没有需要参加的会议。");

        branch.Zhang.Send("谈心").ExpectReply("已回答 1/4 个问题")
            .Send("重新开始").ExpectReply("之前的回答已经删除")
            .Send("重新开始").ExpectReply("「重新开始」已经收到了。");
        Assert.Contains("最近思想上、学习上有什么体会", branch.Zhang.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_conversation_in_progress_survives_a_restart()
    {
        await using (var bot = Server())
        {
            var branch = new TalkBranch(bot);
            branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
                .Send("最近在学习党章").ExpectReply("工作上最近有没有遇到");
        }

        await using var restarted = Server();
        restarted.User("zhang").Send("项目进度有点紧").ExpectReply("生活上有没有需要组织帮忙")
            .Send("没有").ExpectReply("最后一个问题")
            .Send("跳过").ExpectReply("1. 近期思想和学习情况：最近在学习党章");
    }
}
