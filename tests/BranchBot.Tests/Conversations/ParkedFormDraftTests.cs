using BranchBot.Tests.Meetings.Chat;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Conversations;

/// <summary>A broadcast or a 补录 given up on mid-way comes back with 继续填写 at the question it stopped at.</summary>
public sealed class ParkedFormDraftTests
{
    [Fact]
    public async Task A_broadcast_set_aside_at_the_group_question_resumes_with_the_groups_it_showed()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("广播 本周五交党费").ExpectReply("发给谁")
            .Send("党小组").ExpectReply("发给哪个党小组").WithButtons("第一党小组", "第二党小组")
            .Send("让我再看看").ExpectReply("发给哪个党小组")
            .Send("这个啥意思呢").ExpectReply("发给哪个党小组")
            .Send("今天天气不错").ExpectReply("多次没能理解你的回答，先停在这里。你填写的通知都已保存：发送「继续填写」回到刚才的问题接着填写");

        branch.Secretary.Send("继续填写").ExpectReply("发给哪个党小组").WithButtons("第一党小组", "第二党小组")
            .Send("第二党小组").ExpectReply("需要成员点「收到」回执吗？")
            .Send("否").ExpectReply("什么时候发送")
            .Send("立即发送").ExpectReply("对象：第二党小组");
    }

    [Fact]
    public async Task A_record_set_aside_at_the_kind_question_resumes_there_and_goes_on()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("补录").ExpectReply("要补录哪一类会议")
            .Send("让我再看看").ExpectReply("要补录哪一类会议")
            .Send("这个啥意思呢").ExpectReply("要补录哪一类会议")
            .Send("今天天气不错").ExpectReply("多次没能理解你的回答，先停在这里。你填写的补录内容都已保存：发送「继续填写」回到刚才的问题接着填写");

        branch.Secretary.Send("继续填写").ExpectReply("要补录哪一类会议")
            .Send("党课").ExpectReply("这次党课是哪天几点召开的");
    }
}
