using BranchBot.Core.Talks;
using BranchBot.Dialogs.Talks;

namespace BranchBot.Tests.Talks;

public class HardshipDetectorTests
{
    [Theory]
    [InlineData("最近生病了，在家休养", HardshipKind.Illness)]
    [InlineData("上个月住院做了手术", HardshipKind.Illness)]
    [InlineData("身体不好", HardshipKind.Illness)]
    [InlineData("今年离婚了", HardshipKind.Family)]
    [InlineData("父亲去世了", HardshipKind.Family)]
    [InlineData("家里孩子上学有困难", HardshipKind.Family)]
    [InlineData("老人没人照顾", HardshipKind.Family)]
    [InlineData("经济上比较困难", HardshipKind.Financial)]
    [InlineData("欠债还没还清", HardshipKind.Financial)]
    [InlineData("爱人失业了", HardshipKind.Financial)]
    [InlineData("房贷每月要还很多", HardshipKind.Financial)]
    [InlineData("看病贵", HardshipKind.Financial)]
    [InlineData("最近压力大", HardshipKind.Worry)]
    [InlineData("有点焦虑，晚上睡不着", HardshipKind.Worry)]
    [InlineData("很担心明年的考核", HardshipKind.Worry)]
    public void A_hardship_phrase_is_found_with_its_kind(string answer, HardshipKind expected)
    {
        var found = HardshipDetector.Detect(FeedbackTopic.LifeHelp, answer);

        Assert.Contains(expected, found.Select(f => f.Kind));
    }

    [Theory]
    [InlineData("没有困难")]
    [InlineData("暂时没什么困难，谢谢组织关心")]
    [InlineData("家里一切都好")]
    [InlineData("孩子今年考上了大学")]
    [InlineData("不担心")]
    [InlineData("工作压力不大")]
    [InlineData("")]
    public void Ordinary_or_negated_answers_raise_nothing(string answer)
    {
        Assert.Empty(HardshipDetector.Detect(FeedbackTopic.LifeHelp, answer));
    }

    [Fact]
    public void A_difficulty_at_work_is_not_a_financial_hardship_but_the_same_words_about_life_are()
    {
        Assert.Empty(HardshipDetector.Detect(FeedbackTopic.WorkDifficulties, "新系统上线，有些困难"));
        Assert.Equal([HardshipKind.Financial], HardshipDetector.Detect(FeedbackTopic.LifeHelp, "有些困难").Select(f => f.Kind));
        Assert.Equal([HardshipKind.Financial], HardshipDetector.Detect(FeedbackTopic.WorkDifficulties, "工资低，生活上有些困难").Select(f => f.Kind));
    }

    [Fact]
    public void Kinds_from_all_answers_are_reported_once_each_in_order_with_labels()
    {
        var found = HardshipDetector.Detect(
        [
            new FeedbackAnswer(FeedbackTopic.ThoughtAndStudy, "最近很焦虑"),
            new FeedbackAnswer(FeedbackTopic.WorkDifficulties, null),
            new FeedbackAnswer(FeedbackTopic.LifeHelp, "母亲住院了，也很担心"),
        ]);

        Assert.Equal([HardshipKind.Illness, HardshipKind.Family, HardshipKind.Worry], found.Select(f => f.Kind));
        Assert.Equal(["身体健康（生病、住院等）", "家庭困难", "思想压力"], found.Select(f => TalkLabels.Hardship(f.Kind)));
    }
}
