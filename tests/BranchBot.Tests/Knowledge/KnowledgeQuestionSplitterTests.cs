using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// The splitter of questions asking two things (<see cref="KnowledgeQuestionSplitter"/>): two question clauses become two
/// parts; one clause, a clause of context before the ask, "能不能…吗" and a bare "…呢" follow-up stay one question.
/// </summary>
public class KnowledgeQuestionSplitterTests
{
    [Theory]
    [InlineData("预备期多长 期间能投票吗", "预备期多长", "期间能投票吗")]
    [InlineData("转正要交什么材料 谁批", "转正要交什么材料", "谁批")]
    [InlineData("培养联系人一般安排几个？必须是正式党员吗", "培养联系人一般安排几个", "必须是正式党员吗")]
    [InlineData("留党察看最长几年，另外察看期间能不能投票", "留党察看最长几年", "察看期间能不能投票")]
    [InlineData("老党员讲党课有规定吗领导干部要讲吗", "老党员讲党课有规定吗", "领导干部要讲吗")]
    [InlineData("我是预备党员，党费交多少，谁来收", "我是预备党员，党费交多少", "谁来收")]
    public void A_question_with_two_question_clauses_is_cut_in_two(string question, string first, string second)
    {
        Assert.Equal([first, second], KnowledgeQuestionSplitter.Split(question));
    }

    [Theory]
    [InlineData("预备党员能不能参加投票吗")]
    [InlineData("我是预备党员，能投票吗")]
    [InlineData("支委会多久开一次")]
    [InlineData("支部书记任期几年，村里的呢")]
    [InlineData("党员大会和支委会有什么区别？")]
    [InlineData("预备期满了，考察不合格，咋办")]
    public void A_question_asking_one_thing_stays_whole(string question)
    {
        Assert.Equal([question], KnowledgeQuestionSplitter.Split(question));
    }

    [Fact]
    public void Three_questions_in_a_line_stay_whole_for_the_search_to_judge()
    {
        const string question = "预备期多长？能投票吗？谁批准转正？";

        Assert.Equal([question], KnowledgeQuestionSplitter.Split(question));
    }
}
