using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules.Overviews;

/// <summary>"这个月都开过哪些会", "咱支部今年都搞了些啥活动", "今年我一共缺席过几回", "我的参会记录": 往期会议.</summary>
public sealed partial class PastMeetingsInWordsIntent : OverviewInWordsIntent
{
    public override string Command => "往期会议";

    protected override Regex Asked => Pattern();

    protected override Regex? NotThis => Ahead();

    [GeneratedRegex(@"(这个月|本月|上个?月|今年|去年|本季度|这个季度|上个季度|上半年|下半年|这学期|[一二三四五六七八九十\d]{1,2}月份?|支部|会|我).{0,6}(开|搞|干|办|参加|组织)(过|了)(了|些|过)?(哪些|哪几|啥|什么|多少)|(会|活动)都?(开|搞|办)(过|了)(哪些|哪几|啥)|我的?(参会|开会|出勤)记录|我.{0,12}(缺席|缺勤|缺会|缺了|落了)(过)?(几|多少|哪几)(回|次)|(开过|参加过|去过)的(会|会议|支部大会|党员大会|党课|支委会).{0,12}(有哪些|都有啥|有啥|找出来|调出来|翻出来|列出来|看一眼)|(看看|看一下|看下|查查|翻翻)(我)?.{0,8}(开过|参加过|去过)的(会|会议)|我.{0,8}(去|参加)(了|过)(几次|多少次|几回|哪些)(会)|(看看|看一下|看下|查查|翻翻)往期的?会议?")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"下个?(月|周|礼拜|星期)|还有|没开|要开|将要|接下来")]
    private static partial Regex Ahead();
}

/// <summary>
/// "今年主题党日搞了几回", "支委会今年开满12次没有", "这个季度党小组会开得咋样", "三会一课上半年落实得怎么样", "本季度该开的会都
/// 开齐了没有": 台账 (meetings held against the year's count).
/// </summary>
public sealed partial class LedgerInWordsIntent : OverviewInWordsIntent
{
    public override string Command => "台账";

    protected override Regex Asked => Pattern();

    protected override bool AnswersYesNoQuestions => true;

    /// <summary>"组织生活会一年得开几回": how many the rules ask for is the knowledge base's.</summary>
    protected override Regex? NotThis => Required();

    [GeneratedRegex(@"(一年|每年|每季度|每个?月)(得|要|应)|得开|要开|需要开|至少")]
    private static partial Regex Required();

    [GeneratedRegex(@"(主题党日|党课|支委会|党小组会|党员大会|组织生活会).{0,6}(搞|开|上|办)(了|过)?(几回|几次|多少次|多少回)|(主题党日|党课|支委会|党小组会|党员大会|组织生活会).{0,6}(开满|开够|开齐|上满|搞满).{0,6}(没|没有|了吗)|(主题党日|党课|支委会|党小组会|党员大会|组织生活会|三会一课)(今年|这个月|本月|本季度|这个季度|上半年|下半年)?(都)?(开|搞|上|办|落实)得(咋样|怎么样|如何)|该开的会(都)?开(全|齐|够|满)了(吗|么|没有?)?$")]
    private static partial Regex Pattern();
}

/// <summary>"下个月有啥会都给我列出来", "12月份都有些啥会", "这个月还有哪些会没开", "这礼拜我还有啥安排": 近期安排.</summary>
public sealed partial class UpcomingInWordsIntent : OverviewInWordsIntent
{
    public override string Command => "近期安排";

    protected override Regex Asked => Pattern();

    [GeneratedRegex(@"(下个?月|下周|下礼拜|下星期|[一二三四五六七八九十\d]{1,2}月份|近期|最近|接下来|这个月|本月)(都|还)?有(些)?(啥|什么|哪些|撒)(会|回)|还有(哪些|啥|什么)会没开|(下个?(周|礼拜|星期)|这周|这礼拜|近期|最近|接下来|这几天)我(都|还)?有(些)?(啥|什么|哪些)(事|安排|会|活动)")]
    private static partial Regex Pattern();
}

/// <summary>"支部现在一共多少个党员", "第一党小组都有谁", "各个党小组都是谁负责", "看一下支部所有人的名单": 党员名单.</summary>
public sealed partial class RosterInWordsIntent : OverviewInWordsIntent
{
    public override string Command => "党员名单";

    protected override Regex Asked => Pattern();

    protected override Regex? NotThis => Development();

    [GeneratedRegex(@"(支部|党小组)(现在|一共|总共|目前)*(都)?(有)?(谁|哪些人|多少个?(党员|人)|几个(党员|人))|各个?党小组(都)?是?谁(负责|管|当组长)|(所有人|全体党员|全部党员|大家)的?名单")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"积极分子|发展对象|预备党员|申请人|没交|签到|请假|谈心|谈过")]
    private static partial Regex Development();
}

/// <summary>"支部现在有几个预备党员", "今年发展了几个党员", "发展党员的情况你给我拉个表": 发展党员台账.</summary>
public sealed partial class DevelopmentLedgerInWordsIntent : OverviewInWordsIntent
{
    public override string Command => "发展党员台账";

    protected override Regex Asked => Pattern();

    [GeneratedRegex(@"(几个|多少个?)(入党)?(积极分子|发展对象|预备党员|申请人)|发展了?(几|多少)个?党员|发展党员的?情况")]
    private static partial Regex Pattern();
}

/// <summary>"这个月我都收到了哪些通知", "我这周收到过啥通知", "最近支部发的通知我都看看": 我的通知.</summary>
public sealed partial class MyNoticesInWordsIntent : OverviewInWordsIntent
{
    public override string Command => "我的通知";

    protected override Regex Asked => Pattern();

    [GeneratedRegex(@"我(都)?(收到|接到)(过|了)(哪些|啥|什么|几条)(通知|广播)?|我(这几天|这些天|近来|最近|这个月|这周)(都)?(收到|接到)(过|了)?(哪些|啥|什么|几条)(通知|广播)|(通知|广播)我(都|再)?(看看|看一下|过一遍)")]
    private static partial Regex Pattern();
}

/// <summary>"今年到现在谁一次谈心都没谈", "那这个月谈了几个", "今年找谁谈过心了": 谈心情况.</summary>
public sealed partial class TalkCoverageInWordsIntent : OverviewInWordsIntent
{
    public override string Command => "谈心情况";

    protected override Regex Asked => Pattern();

    [GeneratedRegex(@"谈(了|过)(几|多少)个|找(了)?谁谈(过)?(心)?了?|谁.{0,8}(没谈|没有谈|没找)|谈心.{0,4}(几个|多少人)")]
    private static partial Regex Pattern();
}

/// <summary>"我入党走到哪一步了", "我的入党材料还缺啥", "我目前入党进行到什么环节了": 我的入党进度.</summary>
public sealed partial class MyDevelopmentInWordsIntent : OverviewInWordsIntent
{
    public override string Command => "我的入党进度";

    protected override Regex Asked => Pattern();

    [GeneratedRegex(@"我.{0,8}(走到|到了?|进行到)哪一?步|入党(材料|资料).{0,4}(还)?缺(啥|什么)|入党.{0,24}我(现在)?(到|走到)哪一?步|我(现在|目前)?(的)?入党.{0,4}(到|到了|走到|进行到)(哪个|什么|啥)(阶段|环节|步骤)")]
    private static partial Regex Pattern();
}

/// <summary>
/// "我在哪个组", "我现在在系统里是啥身份", "我在系统里登记的信息都是啥", "系统里我的资料都有啥", "看看系统里登记的我的手机号对不对":
/// 我的信息 (one's own record: 党小组, role, phone, the record itself), never a change to it.
/// </summary>
public sealed partial class MyInfoInWordsIntent : OverviewInWordsIntent
{
    public override string Command => "我的信息";

    protected override Regex Asked => Pattern();

    protected override Regex? NotThis => ChangeOrOthers();

    protected override string Unasked(string text) => WhatItIs().Replace(text, string.Empty);

    [GeneratedRegex(@"我(现在)?(在|是|归|属于)哪个(党小组|小组|组)|归哪个(党小组|小组|组)|我.{0,8}(是)?(啥|什么)身份|我.{0,8}(信息|资料)(都)?(是啥|是什么|改了没|对不对)|我.{0,12}(是)?(哪个|哪一个|什么|啥)(党小组|小组|角色|身份|职务)|我(自己)?.{0,10}(登记|系统里|录入).{0,8}(手机号?|电话|号码|资料|信息)|我的?(手机号?|电话号码?|号码|资料|信息|档案).{0,10}(对不对|对不|是不是|有啥|有什么|是啥|都有啥|登记对)|(看看|查查|查一下|看一下|看下|说说|讲讲)我的?(资料|信息|档案|手机号)|系统里我的?(资料|信息)|我的?(情况|资料|信息).{0,4}(给我)?(说说|讲讲)|我(手机号?|电话).{0,20}(查查|看看|还是不是|是不是)")]
    private static partial Regex Pattern();

    /// <summary>"帮我把手机号改成…", "刘洋在哪个党小组": a change to the record, or someone else's, is not one's own record shown.</summary>
    [GeneratedRegex(@"改成|改为|改一下|更新|换成|设为|设成|他|她|党费|请假|签到|会")]
    private static partial Regex ChangeOrOthers();

    [GeneratedRegex(@"是(什么|啥)(角色|身份|职务)")]
    private static partial Regex WhatItIs();
}

/// <summary>"最近有人匿名反映啥问题没", "最近有人给支部提意见没", "大家都提了啥匿名意见": 匿名建议列表.</summary>
public sealed partial class SuggestionsInWordsIntent : OverviewInWordsIntent
{
    public override string Command => "匿名建议列表";

    protected override Regex Asked => Pattern();

    [GeneratedRegex(@"有人.{0,6}(匿名)?(反映|提)(了|过)?.{0,4}(意见|问题|建议)?(没|没有)$|(提|反映)(了|过)(啥|哪些|什么)(匿名)?(意见|建议|问题)")]
    private static partial Regex Pattern();
}
