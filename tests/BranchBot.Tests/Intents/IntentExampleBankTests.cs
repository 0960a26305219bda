using BranchBot.Dialogs.Intents;
using BranchBot.Dialogs.Intents.Examples;

namespace BranchBot.Tests.Intents;

/// <summary>The example bank's vote and veto, on a few examples written here.</summary>
public class IntentExampleBankTests
{
    private static readonly IntentExampleBank Bank = IntentExampleBank.From(
    [
        new("a.tsv", "签到", "我到了，签个到"),
        new("a.tsv", "签到", "帮我签到"),
        new("a.tsv", "请假", "周五支委会请个假，出差"),
        new("b.tsv", "请假", "下周三党员大会我请假"),
        new("b.tsv", IntentExampleBank.Ask, "听说支委会要取消了"),
        new("b.tsv", IntentExampleBank.Ask, "听说党员大会要改时间了"),
        new("c.tsv", IntentExampleBank.None, "今天天气不错"),
    ]);

    [Fact]
    public void The_nearest_examples_vote_for_their_labels_weighted_by_likeness()
    {
        var vote = Bank.Vote(IntentText.Clean("签个到"), 3);

        Assert.Equal("签到", vote.Top);
        Assert.True(vote.ShareOf("签到") > 0.5);
        Assert.Equal(1, vote.Shares.Values.Sum(), 6);
        Assert.InRange(vote.Nearest, 0.01, 1);
    }

    [Fact]
    public void A_sentence_sharing_nothing_with_the_examples_gets_no_vote()
    {
        var vote = Bank.Vote("xyz", 3);

        Assert.Null(vote.Top);
        Assert.Equal(0, vote.ShareOf("签到"));
    }

    [Fact]
    public void Digits_are_alike_so_a_different_day_is_the_same_sentence()
    {
        var bank = IntentExampleBank.From([new("a.tsv", "修改会议", "支委会改到12月5日"), new("a.tsv", IntentExampleBank.None, "今天天气不错")]);

        Assert.Equal(1, bank.Vote(IntentText.Clean("支委会改到11月9日"), 1).Nearest, 6);
    }

    [Fact]
    public void A_bank_without_a_file_has_none_of_its_lines()
    {
        var without = Bank.Without("b.tsv");

        Assert.Equal(4, without.Examples.Count);
        Assert.DoesNotContain(without.Examples, e => e.Source == "b.tsv");
        Assert.NotEqual(IntentExampleBank.Ask, without.Vote(IntentText.Clean("听说支委会要取消了"), 3).Top);
    }

    [Fact]
    public void The_veto_asks_about_a_sure_write_the_examples_call_something_else()
    {
        var heard = new IntentMatch("取消会议", "取消会议 1", IntentEffect.Previewed, 1, new Dictionary<string, string>());

        var reviewed = ExampleVeto.Review([heard], IntentText.Clean("听说支委会下周要取消了"), Bank);

        Assert.Equal(WriteGuard.InDoubt, reviewed[0].Confidence);
        Assert.Equal("取消会议", reviewed[0].Command);
    }

    [Fact]
    public void The_veto_leaves_readings_the_examples_agree_with_typed_commands_and_reads_alone()
    {
        var checkIn = new IntentMatch("签到", "签到", IntentEffect.Write, 1, new Dictionary<string, string>());
        var typed = new IntentMatch("签到", "签到", IntentEffect.Write, 1, new Dictionary<string, string>()) { Typed = true };
        var shown = new IntentMatch("近期安排", "近期安排", IntentEffect.Read, 1, new Dictionary<string, string>());

        Assert.Equal(1, ExampleVeto.Review([checkIn], IntentText.Clean("我到了，帮我签个到"), Bank)[0].Confidence);
        Assert.Equal(1, ExampleVeto.Review([typed], IntentText.Clean("听说支委会要取消了"), Bank)[0].Confidence);
        Assert.Equal(1, ExampleVeto.Review([shown], IntentText.Clean("听说支委会要取消了"), Bank)[0].Confidence);
    }

    [Fact]
    public void The_bank_file_parses_three_columns_and_refuses_others()
    {
        var examples = IntentExampleBank.Parse("# comment\nx.tsv\t签到\t签个到\n").ToList();

        Assert.Equal([new IntentExample("x.tsv", "签到", "签个到")], examples);
        Assert.Throws<FormatException>(() => IntentExampleBank.Parse("x.tsv\t签到").ToList());
    }
}
