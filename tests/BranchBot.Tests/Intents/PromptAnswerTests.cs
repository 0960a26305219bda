using BranchBot.Dialogs.Broadcasts;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Tests.Intents;

/// <summary>Yes/no and choice answers as people type them (issue 13).</summary>
public class PromptAnswerTests
{
    [Theory]
    [InlineData("没必要")]
    [InlineData("不要了谢谢")]
    [InlineData("不用了谢谢你")]
    [InlineData("算了吧")]
    [InlineData("不用了，就是说说而已")]
    [InlineData("没必要了，谢谢")]
    public void Polite_refusals_are_no(string answer) => Assert.False(ConfirmPrompt.Interpret(answer));

    [Theory]
    [InlineData("好的谢谢")]
    [InlineData("可以，辛苦了")]
    public void A_thank_you_after_yes_is_still_yes(string answer) => Assert.True(ConfirmPrompt.Interpret(answer));

    [Theory]
    [InlineData("第二个", BroadcastTexts.Later)]
    [InlineData("二", BroadcastTexts.Later)]
    [InlineData("第一个", BroadcastTexts.Now)]
    [InlineData("马上", BroadcastTexts.Now)]
    public void A_choice_is_picked_by_its_ordinal_or_synonym(string answer, string expected)
    {
        IReadOnlyList<Choice> choices = [Choice.Of(BroadcastTexts.Now, BroadcastTexts.NowSynonyms), Choice.Of(BroadcastTexts.Later, BroadcastTexts.LaterSynonyms), Choice.Of("取消")];

        Assert.Equal(expected, ChoiceRecognizer.Recognize(answer, choices)?.Value);
    }

    [Theory]
    [InlineData("这是什么意思呢")]
    [InlineData("是不是要选地点？")]
    [InlineData("不确定，先别")]
    [InlineData("我不确认")]
    [InlineData("好像时间不对")]
    public void A_question_a_negation_or_a_one_character_word_inside_a_sentence_confirms_nothing(string answer)
    {
        IReadOnlyList<Choice> choices = [Choice.Of("确认", "确定", "是", "好"), Choice.Of("取消")];

        Assert.Null(ChoiceRecognizer.Recognize(answer, choices));
    }

    [Theory]
    [InlineData("确定", "确认")]
    [InlineData("是", "确认")]
    [InlineData("我确认一下，就这样", "确认")]
    public void A_plain_confirmation_is_still_understood(string answer, string expected)
    {
        IReadOnlyList<Choice> choices = [Choice.Of("确认", "确定", "是", "好"), Choice.Of("取消")];

        Assert.Equal(expected, ChoiceRecognizer.Recognize(answer, choices)?.Value);
    }

    [Theory]
    [InlineData("好的", "确认")]
    [InlineData("行，就这么改吧", "确认")]
    [InlineData("没问题", "确认")]
    [InlineData("不用了", "不修改")]
    [InlineData("算了，不改了", "不修改")]
    public void Options_answering_yes_and_no_take_the_words_of_a_yes_no_question(string answer, string expected)
    {
        IReadOnlyList<Choice> choices = [Choice.Of("确认", "确定", "是"), Choice.Of("不修改", "否")];

        Assert.Equal(expected, ChoiceRecognizer.Recognize(answer, choices)?.Value);
    }

    [Theory]
    [InlineData("随便")]
    [InlineData("改到哪了？")]
    public void A_hedge_or_a_question_still_answers_neither(string answer)
    {
        IReadOnlyList<Choice> choices = [Choice.Of("确认", "确定", "是"), Choice.Of("不修改", "否")];

        Assert.Null(ChoiceRecognizer.Recognize(answer, choices));
    }
}
