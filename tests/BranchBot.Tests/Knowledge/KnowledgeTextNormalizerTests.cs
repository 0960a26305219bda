using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

public class KnowledgeTextNormalizerTests
{
    [Theory]
    [InlineData("支部大会一年开几回啊？", "党员大会1年开几次")]
    [InlineData("请问一下，支部委员会会议多长时间开一次呢", "支委会多久开1次")]
    [InlineData("我税后月工资８０００元交多少党费", "我税后月工资8000元交多少党费")]
    [InlineData("一万二的工资", "12000的工资")]
    [InlineData("税后5千块", "税后5000元")]
    [InlineData("二十个党员", "20个党员")]
    [InlineData("三会一课是什么", "3会1课是什么")]
    [InlineData("能开么", "能开")]
    public void Questions_are_brought_to_one_form(string question, string expected)
    {
        Assert.Equal(expected, KnowledgeTextNormalizer.Normalize(question));
    }
}
