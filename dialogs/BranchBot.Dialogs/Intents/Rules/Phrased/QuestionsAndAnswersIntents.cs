using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules.Phrased;

/// <summary>"大家觉得哪些回答没用", "看看问答的有用没用统计": 问答反馈.</summary>
public sealed partial class AnswerFeedbackIntent : PhrasedCommandIntent
{
    public override string Command => "问答反馈";

    protected override IntentEffect Effect => IntentEffect.Read;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"问答反馈|(哪些|那些|什么)(回答|问答|答案).{0,6}(没用|有用)|(有用|没用)(没用|有用)?的?(统计|反馈|情况|次数)")]
    private static partial Regex Pattern();
}

/// <summary>"问答库里加一条", "把党费怎么交这个问题加到问答里", "新增一个问答": 添加问答 (guided, previewed).</summary>
public sealed partial class AddAnswerIntent : PhrasedCommandIntent
{
    public override string Command => "添加问答";

    protected override IntentEffect Effect => IntentEffect.Previewed;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"问答库?(里|中)?(加|添|新增|增加)(一|个|一个|条|一条)|(加|添加|放|存)(到|进)问答(库)?|(新增|增加|添加|加)(一|个|一个|条|一条)问答")]
    private static partial Regex Pattern();
}

/// <summary>"问答里党费那条答案改一下": 修改问答 (opens the entry).</summary>
public sealed partial class EditAnswerIntent : PhrasedCommandIntent
{
    public override string Command => "修改问答";

    protected override IntentEffect Effect => IntentEffect.Previewed;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"问答(库)?(里|中)?.{0,8}(那条|这条)?(答案|回答|问答)?.{0,2}(改一下|改改|修改一下|更正|改成)")]
    private static partial Regex Pattern();
}

/// <summary>"问答库里那条过时的 会议室搬了 删掉": 删除问答.</summary>
public sealed partial class DeleteAnswerIntent : PhrasedCommandIntent
{
    public override string Command => "删除问答";

    protected override IntentEffect Effect => IntentEffect.Write;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"问答(库)?(里|中)?.{0,14}(删掉|删了|删除|去掉)")]
    private static partial Regex Pattern();
}

/// <summary>"第1个问题我来答：可以线上参加", "刘洋问的那个问题回复他 党课在三楼": 回答 (the waiting question, answered).</summary>
public sealed partial class AnswerQuestionIntent : PhrasedCommandIntent
{
    public override string Command => "回答";

    protected override IntentEffect Effect => IntentEffect.Write;

    protected override bool TakesNumber => true;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"第\d+(个|条)问题.{0,4}(我来|我)?(答|回答|回复)|问的(那个|这个)?问题.{0,2}(回复|答复|回答)(他|她)")]
    private static partial Regex Pattern();
}
