using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

public class KnowledgeTextNormalizerTests
{
    [Theory]
    [InlineData("支部大会一年开几回啊？", "党员大会1年开几次")]
    [InlineData("请问一下，支部委员会会议多长时间开一次呢", "支委会多久开1次")]
    [InlineData("我税后月工资８０００元交多少党费", "我税后月工资8000元交多少党费")]
    [InlineData("一万二的工资", "12000的工资")]
    [InlineData("税后一万二一个月", "税后12000每月")]
    [InlineData("退休金五千一个月", "退休金5000每月")]
    [InlineData("五千一的工资", "5100的工资")]
    [InlineData("税后5千块", "税后5000元")]
    [InlineData("二十个党员", "20个党员")]
    [InlineData("三会一课是什么", "3会1课是什么")]
    [InlineData("能开么", "能开")]
    public void Questions_are_brought_to_one_form(string question, string expected)
    {
        Assert.Equal(expected, KnowledgeTextNormalizer.Normalize(question));
    }

    /// <summary>Members type on a phone: colloquial words and 拼音 slips stand for the regulations' terms.</summary>
    [Theory]
    [InlineData("党非咋交", "党费怎么交")]
    [InlineData("转证要开支部大会吗", "转正要开党员大会")]
    [InlineData("换界选举要报批吗", "换届选举要报批")]
    [InlineData("谈新谈话要记录吗", "谈心谈话要记录")]
    [InlineData("入当申请书咋写", "入党申请怎么写")]
    [InlineData("支委汇多久开一次", "支委会多久开1次")]
    [InlineData("正审不合格还能入党吗", "政审不合格还能入党")]
    [InlineData("预备其能缩短吗", "预备期能缩短")]
    [InlineData("志原书什么时候填", "志愿书什么时候填")]
    [InlineData("跳槽了组织关系要咋转", "调动工作了组织关系要怎么转")]
    [InlineData("单位就俩党员咋整", "单位就2个党员怎么办")]
    [InlineData("务农的党员党费咋算", "农民的党员党费怎么算")]
    [InlineData("没收入的学生党员交多少党费", "无收入的学生党员交多少党费")]
    [InlineData("换届能不能往后拖", "换届可以推迟")]
    [InlineData("出去打工半年以上关系要转吗", "流动党员半年以上关系要转")]
    public void Members_phone_wording_is_brought_to_the_terms(string question, string expected)
    {
        Assert.Equal(expected, KnowledgeTextNormalizer.Normalize(question));
    }

    /// <summary>Voice input: the recogniser writes a homophone for the term (表绝, 道场, 域备); older members say 组织上.</summary>
    [Theory]
    [InlineData("预备党员能不能举手表绝", "预备党员可以举手表决")]
    [InlineData("支部大会要多少人道场才能开", "党员大会要多少人到会才能开")]
    [InlineData("域备期是一年还是两年", "预备期是1年还是2年")]
    [InlineData("域备党员的党费从哪天开始交", "预备党员的党费从哪天开始交")]
    [InlineData("组织上让我把关系转到社区", "党组织让我把关系转到社区")]
    public void Voice_input_homophones_are_brought_to_the_terms(string question, string expected)
    {
        Assert.Equal(expected, KnowledgeTextNormalizer.Normalize(question));
    }

    /// <summary>
    /// "X就不用交党费了吧" asks whether X must pay, as "X要交党费吗" does: the wrong premise is read as the question it
    /// hides, so it reaches the entry whose answer corrects it.
    /// </summary>
    [Theory]
    [InlineData("退休党员就不用交党费了吧", "退休党员就要交党费了")]
    [InlineData("预备党员不需要交党费", "预备党员要交党费")]
    public void A_premise_that_something_is_not_needed_asks_whether_it_is(string question, string expected)
    {
        Assert.Equal(expected, KnowledgeTextNormalizer.Normalize(question));
    }

    /// <summary>A slip that is part of a real word stays as typed: the question is about something else.</summary>
    [Theory]
    [InlineData("入党非常难吗", "党费")]
    [InlineData("是不是入党非得托关系", "党费")]
    [InlineData("党非常重视基层吗", "党费")]
    [InlineData("党废止了哪些条例", "党费")]
    [InlineData("行政申诉和党内申诉啥区别", "政审")]
    [InlineData("材料上级正审批呢", "政审")]
    [InlineData("要向支委汇报思想吗", "支委会")]
    [InlineData("本人自愿书面申请退党", "志愿书")]
    [InlineData("手机上咋换界面", "换届")]
    [InlineData("预备其他材料要多久", "预备期")]
    [InlineData("开个组织关系转证明要多久", "转正")]
    [InlineData("老家做道场要请假吗", "到会")]
    [InlineData("社区组织上门体检要报名吗", "党组织")]
    [InlineData("支部组织上党课要签到吗", "党组织")]
    [InlineData("去佛道场里参观算主题党日吗", "到会")]
    public void A_slip_inside_a_real_word_is_not_read_as_the_term(string question, string term)
    {
        Assert.DoesNotContain(term, KnowledgeTextNormalizer.Normalize(question), StringComparison.Ordinal);
    }
}
