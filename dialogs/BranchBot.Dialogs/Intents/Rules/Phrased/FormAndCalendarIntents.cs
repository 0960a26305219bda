using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules.Phrased;

/// <summary>"刚才那个安排没弄完 接着来", "继续填", "回到刚才填了一半的": 继续填写 (the form set aside).</summary>
public sealed partial class ContinueFillingIntent : PhrasedCommandIntent
{
    public override string Command => "继续填写";

    protected override IntentEffect Effect => IntentEffect.Read;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"(接着|继续)(填|来|弄|写)|回到.{0,6}(填了一半|没填完|没弄完|刚才)|(没填完|没弄完|填了一半).{0,8}(接着|继续)")]
    private static partial Regex Pattern();
}

/// <summary>"日历链接换一个", "我那个日历链接泄露了 重新生成": 重置日历链接 (the old link stops working).</summary>
public sealed partial class ResetCalendarLinkIntent : PhrasedCommandIntent
{
    public override string Command => "重置日历链接";

    protected override IntentEffect Effect => IntentEffect.Write;

    protected override bool RecordsWhatHappened => true;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"日历的?(链接|地址|订阅地址|订阅链接).{0,8}(换|重置|重新|作废|失效|泄露)")]
    private static partial Regex Pattern();
}
