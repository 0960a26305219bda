using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules.Phrased;

/// <summary>"有哪些要上门走访的", "必访的名单给我看看", "困难党员走访任务还剩几个": 必访任务.</summary>
public sealed partial class FollowUpTasksIntent : PhrasedCommandIntent
{
    public override string Command => "必访任务";

    protected override IntentEffect Effect => IntentEffect.Read;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"(必访|走访|家访|上门)的?(任务|名单|对象)?.{0,6}(有哪些|还剩|剩几|给我看|列表|名单|看看|几个|还有几)|(有哪些|还有哪些|哪些人?)(要|需要|该)(上门)?(走访|家访|看望|慰问)")]
    private static partial Regex Pattern();
}

/// <summary>"必访1 已完成", "王芳家已经走访过了 那个必访任务勾掉": 完成必访.</summary>
public sealed partial class CompleteFollowUpIntent : PhrasedCommandIntent
{
    public override string Command => "完成必访";

    protected override IntentEffect Effect => IntentEffect.Write;

    protected override bool TakesNumber => true;

    protected override bool RecordsWhatHappened => true;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"必访\d*.{0,4}(已完成|完成了|办结|勾掉|去过了|结束了)|(必访|走访)(任务)?.{0,4}(勾掉|标(记)?(为|成)?完成|办结)")]
    private static partial Regex Pattern();
}

/// <summary>"看看我跟陈静的谈心记录", "刘洋的谈心都记了些啥": 谈心记录.</summary>
public sealed partial class TalkRecordsIntent : PhrasedCommandIntent
{
    public override string Command => "谈心记录";

    protected override IntentEffect Effect => IntentEffect.Read;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"的谈心(谈话)?记录|^谈心记录$|谈心(都)?(记|聊|谈)了(些)?(啥|什么)")]
    private static partial Regex Pattern();
}

/// <summary>"有没有人提匿名意见", "匿名建议都拿来看看", "大家匿名提的建议": 匿名建议列表.</summary>
public sealed partial class SuggestionListIntent : PhrasedCommandIntent
{
    public override string Command => "匿名建议列表";

    protected override IntentEffect Effect => IntentEffect.Read;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"匿名的?(建议|意见).{0,6}(列表|拿来|都|看看|有哪些|有多少|几条)|有没?有人(提|写|发)了?匿名|大家匿名|匿名提的|(看看|查看|看下)(大家的)?匿名|匿名的?(建议|意见).{0,2}有(没有)?新")]
    private static partial Regex Pattern();
}
