using BranchBot.Tests.Support;

namespace BranchBot.Tests.Intents;

/// <summary>
/// Causes found by tester-intents-13.tsv and tester-intents-14.tsv: a change said in dialect ("弄到线上开得了"), a lament
/// opening the message ("咋整"), a place said as staying ("还是三楼会议室"), a particle after the meeting ("搞个党课呗") and a
/// command word typed in pinyin ("tanxin qingkuang") were read into the place or missed.
/// </summary>
public class DialectAndPlaceWordsTests
{
    [Fact]
    public async Task A_change_said_with_弄到_is_offered_with_its_place_alone()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("把支委会弄到线上开得了").ExpectReplyNotContaining("线上", "开得");
    }

    [Fact]
    public async Task A_lament_before_a_request_for_leave_is_no_part_of_it()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.ChenJing.Send("咋整 党员大会那天俺得去县里 请个假呗").ExpectReplyNotContaining("党员大会", "咋整");
    }

    [Theory]
    [InlineData("下下周三下午两点半还是三楼会议室开党员大会 表决陈静转正", "还是三楼")]
    [InlineData("搞个党课呗 下周五下午三点 三楼", "呗")]
    public async Task Words_around_the_place_are_not_the_place(string typed, string notInPlace)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send(typed).ExpectReply("地点：三楼");
        Assert.DoesNotContain($"地点：{notInPlace}", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_typed_in_pinyin_word_by_word_is_that_command()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("tanxin qingkuang").ExpectReply("谈心");
        Assert.DoesNotContain("你刚才说的已经记下", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }
}
