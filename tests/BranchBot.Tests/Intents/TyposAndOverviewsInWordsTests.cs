using BranchBot.Dialogs.Intents;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Intents;

/// <summary>
/// Members' typos of the bot's own words (日立, 名但, 清况, 签倒, 只委会, 台帐) are put right by one rule of confusable
/// characters that never touches a name, a date or a place; the 书记's overviews asked in words with no command word
/// ("今年还差几次党课", "十一月党费收齐没", "发展对象现在有几个") reach the overview they ask for (tester-intents-12.tsv).
/// </summary>
public class TyposAndOverviewsInWordsTests
{
    [Theory]
    [InlineData("我的日立链接发我一下", "我的日历链接发我一下")]
    [InlineData("党员名但", "党员名单")]
    [InlineData("谈心清况", "谈心情况")]
    [InlineData("签到请况", "签到情况")]
    [InlineData("我已经签倒了", "我已经签到了")]
    [InlineData("只委会改到周六", "支委会改到周六")]
    [InlineData("今年的台帐", "今年的台账")]
    [InlineData("按排个党课", "安排个党课")]
    public void A_vocabulary_word_typed_with_a_same_sound_character_is_that_word(string typed, string meant) =>
        Assert.Equal(meant, IntentText.Clean(typed));

    [Theory]
    [InlineData("周五支委会取消了吧🙏", "周五支委会取消了吧")]
    [InlineData("我的党费交到几月了🤔", "我的党费交到几月了")]
    [InlineData("党员大会推迟到下午三点😅 ", "党员大会推迟到下午三点")]
    public void Emoji_that_end_the_message_are_no_part_of_it(string typed, string meant) =>
        Assert.Equal(meant, IntentText.Clean(typed));

    [Fact]
    public async Task A_cancellation_ending_in_an_emoji_is_still_shown_for_confirmation()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("周五支委会取消了吧🙏").ExpectReply("确认取消11月27日（星期五）19:00 支委会");
        branch.Secretary.Send("取消").SkipReplies();
    }

    [Theory]
    [InlineData("下周三在日立大厦开支委会")]
    [InlineData("12月2日立即通知大家")]
    [InlineData("我报名但是去不了")]
    [InlineData("按排名先后发言")]
    [InlineData("相当费劲")]
    [InlineData("王立刚 李清 陈明")]
    public void A_place_a_date_a_name_or_a_real_word_is_never_put_right(string text) =>
        Assert.Equal(text, IntentText.Clean(text));

    [Fact]
    public async Task A_place_that_starts_like_a_typo_stays_the_place()
    {
        var reading = await SecretaryReadings.ReadAsync("下周二晚上七点在日立大厦开支委会");

        Assert.NotNull(reading);
        Assert.Equal("安排", reading!.Command);
        Assert.Equal("日立大厦", reading.Slots[IntentSlots.Place]);
    }

    [Theory]
    [InlineData("我的日立链接发我一下", "我的日历")]
    [InlineData("党员名但", "党员名单")]
    [InlineData("谈心清况", "谈心情况")]
    [InlineData("今年还差几次党课", "台账")]
    [InlineData("支委会今年开了几次", "台账")]
    [InlineData("这个季度开了几次党小组会", "台账")]
    [InlineData("十一月党费收齐没", "党费情况")]
    [InlineData("还有几个人党费没交", "党费情况")]
    [InlineData("十月份党费谁还欠着", "党费情况")]
    [InlineData("党费谁交了谁没交 列一下", "党费情况")]
    [InlineData("全支部党费交纳情况汇总一下", "党费情况")]
    [InlineData("那上个月党费谁没交", "党费情况")]
    [InlineData("那我自己的党费交到哪个月了", "我的党费")]
    [InlineData("发展对象现在有几个", "发展党员台账")]
    [InlineData("今年谈心谈了多少人了", "谈心情况")]
    [InlineData("谁跟谁谈过心了 汇总看看", "谈心情况")]
    [InlineData("刘洋今年谈过心没有", "谈心情况")]
    [InlineData("大家都加进来了没", "党员名单")]
    [InlineData("匿名建议有新的吗", "匿名建议列表")]
    [InlineData("上次党员大会出勤咋样", "签到情况")]
    [InlineData("周五支委会到时候谁来不了", "签到情况")]
    [InlineData("那没签到的都有谁", "签到情况")]
    [InlineData("往期的会议给我瞅瞅", "往期会议")]
    [InlineData("上次那个广播大家收到没啊", "广播记录")]
    [InlineData("通知大家都看了没", "广播记录")]
    [InlineData("那条通知大伙儿收到没有", "广播记录")]
    [InlineData("大家都收到通知了吗", "广播记录")]
    [InlineData("党员们看到广播没", "广播记录")]
    public async Task An_overview_asked_in_words_reaches_its_view_for_sure(string line, string command)
    {
        var reading = await SecretaryReadings.ReadAsync(line);

        Assert.NotNull(reading);
        Assert.Equal(command, reading!.Command);
        Assert.True(reading.Confidence >= IntentRecognizer.RunThreshold, $"{line}: {reading.Confidence}");
    }

    [Theory]
    [InlineData("党课一年开几次")]
    [InlineData("支委会多久开一次")]
    public async Task How_often_a_meeting_must_be_held_stays_a_rules_question(string line) =>
        Assert.NotEqual("台账", (await SecretaryReadings.ReadAsync(line))?.Command);

    [Theory]
    [InlineData("哪些党员可以不算进应到会的人数")]
    [InlineData("请了假的人要不要算进应到会人数")]
    [InlineData("出差的党员计入应到人数吗")]
    public async Task Who_counts_towards_those_due_to_attend_stays_a_rules_question(string line) =>
        Assert.NotEqual("签到情况", (await SecretaryReadings.ReadAsync(line))?.Command);

    [Fact]
    public async Task The_secretary_asking_in_words_sees_the_ledger_and_the_dues()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("今年还差几次党课").ExpectReply("2026年党课台账");
        branch.Secretary.Send("十一月党费收齐没").ExpectReply("2026年11月党费情况");
    }
}
