using BranchBot.Core.Talks;
using BranchBot.Dialogs.Talks;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Talks;

public sealed class TalkProblemTextsTests
{
    [Fact]
    public void Every_talk_problem_has_a_sentence_for_the_chat_and_for_the_console()
    {
        foreach (var problem in ProblemCases.All<TalkProblem>())
        {
            Assert.NotEmpty(TalkTexts.Problem(problem));
            Assert.NotEmpty(TalkProblemTexts.Say(problem));
        }
    }

    [Fact]
    public void The_chat_names_its_commands_and_the_console_does_not()
    {
        Assert.Equal("还有问题没有回答：工作上的困难。回答或发送「跳过」后再提交。", TalkTexts.Problem(new TalkProblem.TopicUnanswered(FeedbackTopic.WorkDifficulties)));
        Assert.Equal("还有问题没有回答：工作上的困难。", TalkProblemTexts.Say(new TalkProblem.TopicUnanswered(FeedbackTopic.WorkDifficulties)));
        Assert.Equal("没有找到党员「赵六」。发送「党员名单」查看支部全部成员。", TalkTexts.Problem(new TalkProblem.MemberNotFound("赵六")));
        Assert.Equal("年份不对：请写2000年到2026年之间的年份。", TalkTexts.Problem(new TalkProblem.YearOutOfRange(2000, 2026)));
    }

    [Fact]
    public void Every_topic_hardship_and_pair_type_has_a_name()
    {
        Assert.All(Enum.GetValues<FeedbackTopic>(), topic => Assert.NotEmpty(TalkLabels.Topic(topic)));
        Assert.All(Enum.GetValues<HardshipKind>(), kind => Assert.NotEmpty(TalkLabels.Hardship(kind)));
        Assert.Equal(["支委之间", "支委与党员", "党员之间"], Enum.GetValues<TalkPairType>().Select(TalkLabels.PairType));
    }
}
