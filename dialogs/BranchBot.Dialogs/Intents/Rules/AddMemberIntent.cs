using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>"帮我加一个党员 刘洋", "新来了一位党员叫刘洋", "把刘洋加进支部": 添加党员 with the name (and a 党小组 after it).</summary>
public sealed partial class AddMemberIntent : IIntentRule
{
    public string Command => "添加党员";

    public async ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reading = Read(input);

        // "把刘洋加上" for someone already on the roster says something else: only likely.
        return reading?.Slots.GetValueOrDefault(IntentSlots.Name) is { } name && !MemberWord().IsMatch(input.Clean)
            && await input.MemberNamedAsync(name, cancellationToken) == name
            ? reading with { Confidence = 0.6 }
            : reading;
    }

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        var match = Added().Match(text);
        if (!match.Success)
        {
            match = Moved().Match(text);
        }

        if (!match.Success)
        {
            match = Newcomer().Match(text);
        }

        if (!match.Success)
        {
            match = Terse().Match(text);
        }

        if (!match.Success)
        {
            match = NewcomerPlaced().Match(text);
        }

        if (!match.Success && Unnamed().IsMatch(text))
        {
            return new IntentMatch(Command, Command, IntentEffect.Write, 0.85, new Dictionary<string, string>());
        }

        if (!match.Success || text.Contains("条件", StringComparison.Ordinal) || text.Contains("怎么", StringComparison.Ordinal))
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        var group = match.Groups["group"].Value;
        // A new member's name is not on the roster yet: it is certain only when it has the shape of a name.
        var slots = new SlotReading().Put(IntentSlots.Name, name, SlotShapes.IsPersonName(name));
        if (group.Length > 0)
        {
            slots.Certain(IntentSlots.Group, group);
        }

        // "添加党员 赵磊 孙敏", "新增党员 何志强 二组": a word the form has no place for is a second name or a group not
        // said as one, so which member or which group is meant is a guess.
        var left = text[(match.Index + match.Length)..].Trim(' ', ',', '，', ':');
        if (Typed().IsMatch(text) && left.Length > 0)
        {
            slots.Doubt(SlotShapes.IsPersonName(left) ? IntentSlots.Name : IntentSlots.Group);
        }

        var line = group.Length > 0 ? $"{Command} {name} {group}" : $"{Command} {name}";
        return slots.Match(Command, line, IntentEffect.Write, 0.85);
    }

    [GeneratedRegex(@"((?<!参)加|添加|新增|增加|录入|登记|添|新来了|新来|来了|转来了|新转来|转来|调来|转入)(一|1)?(个|名|位)?(新)?(的)?(党员|成员|同志|人(?![员家]))[\s,，:：]*(叫|名叫|叫做|是|姓名|名字叫|名字是|姓名是)?[\s,，:：]*(?<name>[\u4e00-\u9fa5·]{2,4}?)(同志)?([\s,，、]*(分到|分在|分进|加到|加入|放到|放在|放进|放|编入|编到|编进|进)?(?<group>[\u4e00-\u9fa5]{1,8}小组))?(?=$|[\s,，。、])")]
    private static partial Regex Added();

    [GeneratedRegex(@"^(请|帮我|麻烦|我要|我想)?(再)?(加|添加|新增|增加)(一|1)?(个|名|位)(新)?(党员|成员|同志)$")]
    private static partial Regex Unnamed();

    /// <summary>"新同志林芳加到第二党小组", "新来的郑凯加到支部里": a newcomer named and placed in a group (or the branch) is added.</summary>
    [GeneratedRegex(@"^(新同志|新党员|新来的(同志|党员)?)(?<name>[\u4e00-\u9fa5·]{2,4}?)[\s,，]*(帮忙|麻烦|请|帮我)?((加到|加入|加进|放到|分到|编入)((?<group>[\u4e00-\u9fa5]{1,8}小组)|(咱们|我们)?(支部|名单|党员名单)(里|中|来)?)|(加|添加|录入|登记)(一下|下|上|进来|进去)(吧)?|(录|输|加)(到|进|入)系统(里)?)$")]
    private static partial Regex Newcomer();

    /// <summary>"周敏 加进来 第二小组", "孙伟 新党员 加一下": a name, then the verb (and a group), typed word by word.</summary>
    [GeneratedRegex(@"^(?<name>[\u4e00-\u9fa5·]{2,4})\s+((新党员|新同志)\s+)?(加进来|加进去|加一下|加上|加)(\s+(?<group>[\u4e00-\u9fa5]{1,8}小组))?$")]
    private static partial Regex Terse();

    /// <summary>
    /// "帮我把周敏放到第一党小组里去 她是刚转来的": someone placed in a 党小组 and said to be new (转来, 调来, 新来) is added
    /// there; without being said to be new, a name put into a group is a move (设置党小组) or a slip, so not this.
    /// </summary>
    [GeneratedRegex(@"^(请|帮我|麻烦|你)*(把|将)(?<name>[\u4e00-\u9fa5·]{2,4}?)(同志)?(加到|加进|加入|放到|放进|分到|编入|编到)(?<group>[\u4e00-\u9fa5]{1,8}小组)(里|里头|里面|中)?(去|来)?(吧)?[\s,，]*(他|她)?(是)?(刚|新|刚刚)(转来|调来|转过来|调过来|来|转入)的(党员|同志)?$")]
    private static partial Regex NewcomerPlaced();

    [GeneratedRegex(@"^(添加党员|新增党员|添加成员)")]
    private static partial Regex Typed();

    [GeneratedRegex(@"党员|成员|同志")]
    private static partial Regex MemberWord();

    [GeneratedRegex(@"^(请|帮我|麻烦)?(把|将)(?<name>[\u4e00-\u9fa5·]{2,4}?)(同志)?((加进|加到|加入|添加到|录入|登记到|拉进|拉到|拉入)(咱们|我们)?(支部|名单|党员名单|花名册)(里|来)?|加进来|添加进来|加进去|添加进去|录进去)([\s,，]*(分到|分在|分进|加到|加入|放到|放在|放进|放|编入|编到|编进|进)?(?<group>[\u4e00-\u9fa5]{1,8}小组))?$")]
    private static partial Regex Moved();
}
