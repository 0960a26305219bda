using BranchBot.Tests.Support;

namespace BranchBot.Tests.Intents;

/// <summary>
/// Lines in the styles of tester-intents-10.tsv (issue 13, a sweep of every everyday command) sent through the real bot
/// as the 书记 of <see cref="IntentBranch"/> (Wednesday 2026-11-25 10:00): a command name typed in two parts on a phone
/// is that command, never the shorter command its first half is; a question about what a command shows shows nothing;
/// a bare verb and a name, or a member's wish, is asked back; a room named in a 补录 line is where the meeting was held.
/// </summary>
public class CommandSweepTests
{
    [Theory]
    [InlineData("签到 情况", "签到情况")]
    [InlineData("广播 记录", "广播记录")]
    [InlineData("谈心 情况", "谈心情况")]
    [InlineData("党费 情况", "党费情况")]
    public async Task A_command_name_typed_in_two_parts_is_that_command(string split, string whole)
    {
        var expected = await FirstReplyAsync(whole);

        Assert.Equal(expected, await FirstReplyAsync(split));
    }

    [Fact]
    public async Task A_meeting_before_a_split_command_name_reaches_that_command_not_签到()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("党员大会 签到 情况").ExpectReply(string.Empty);

        Assert.DoesNotContain("「签到」", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("「签到 ", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("查下我的信息", "我的信息")]
    [InlineData("我还欠党费吗", "我的党费")]
    [InlineData("我的党费基数是多少", "我的党费")]
    [InlineData("我来填一下谈心", "谈心")]
    [InlineData("做个谈心", "谈心")]
    public async Task A_loose_request_is_answered_as_the_command_it_asks_for(string line, string command)
    {
        var expected = await FirstReplyAsync(command);

        Assert.Equal(expected, await FirstReplyAsync(line));
    }

    [Theory]
    [InlineData("签到情况谁能看到", "签到情况")]
    [InlineData("广播记录会删吗", "广播记录")]
    [InlineData("谈心情况上级会查吗", "谈心情况")]
    [InlineData("台账是干嘛用的", "台账")]
    public async Task A_question_about_what_a_command_shows_does_not_show_it(string question, string command)
    {
        var shown = await FirstReplyAsync(command);

        Assert.NotEqual(shown, await FirstReplyAsync(question));
    }

    [Theory]
    [InlineData("催收会不会太打扰人", "催收")]
    [InlineData("谈心记录要写多少字", "谈心记录")]
    public async Task A_command_name_glued_to_a_question_is_not_run(string question, string command)
    {
        var run = await FirstReplyAsync(command);

        Assert.NotEqual(run, await FirstReplyAsync(question));
    }

    [Theory]
    [InlineData("删掉刘洋", "移除党员")]
    [InlineData("陈静想当支委", "设置角色")]
    [InlineData("王芳想换个党小组", "设置党小组")]
    public async Task A_bare_verb_and_a_name_or_a_members_wish_is_asked_back(string line, string command)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send(line).ExpectReply("你是想「" + command).ExpectNoMoreReplies();
    }

    [Fact]
    public async Task A_room_named_in_a_补录_line_is_where_the_meeting_was_held()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        // The lone phrase is the place, so the topic is what is asked (it used to be taken as the topic, the place left empty).
        branch.Secretary.Send("补录 10月15日下午3点 党员大会 党员活动室").ExpectReply("会议主题是什么");
        branch.Secretary.Send("跳过");
        if (!branch.Secretary.NextReplyContains("请确认补录的会议"))
        {
            branch.Secretary.ExpectReply("出席");
            branch.Secretary.Send("全体出席");
        }

        branch.Secretary.ExpectReply("请确认补录的会议");
        Assert.Contains("地点：党员活动室", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    private static async Task<string> FirstReplyAsync(string line)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send(line).ExpectReply(string.Empty);
        return branch.Secretary.LastReplyText;
    }
}
