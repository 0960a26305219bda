using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>"把陈静设为支委", "让刘洋当党小组长": 设置角色 with the member and the role; an unknown name is only likely.</summary>
public sealed partial class SetRoleIntent : IIntentRule
{
    public string Command => "设置角色";

    public IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var match = Pattern().Match(input.Clean);
        if (!match.Success || Role(match.Groups["role"].Value) is not { } role)
        {
            return null;
        }

        var who = match.Groups["who"].Value.Trim();
        var name = input.MemberNamed(who);
        var slots = new Dictionary<string, string> { [IntentSlots.Role] = role, [IntentSlots.Name] = name ?? who };
        var confidence = name is not null && name.Length == who.Length ? 0.9 : 0.6;
        return new IntentMatch(Command, $"{Command} {name ?? who} {role}", IntentEffect.Write, confidence, slots);
    }

    private static string? Role(string typed) => typed switch
    {
        "书记" or "支部书记" => "书记",
        "副书记" => "副书记",
        "支委" or "支部委员" or "委员" or "支委委员" => "支委",
        "党小组长" or "小组长" or "组长" => "党小组长",
        "党员" or "普通党员" => "党员",
        _ => null,
    };

    [GeneratedRegex(@"^(请|帮我|麻烦)?(把|将|让|请|给)?(?<who>[\u4e00-\u9fa5·]{2,5}?)(同志)?(的角色|的职务)?(设为|设成|设置为|设置成|改为|改成|任命为|调整为|换成|担任|当|升为|提为|做)(新的|新任)?(?<role>支部书记|副书记|书记|支部委员|支委委员|支委|委员|党小组长|小组长|组长|普通党员|党员)(了|吧)?$")]
    private static partial Regex Pattern();
}
