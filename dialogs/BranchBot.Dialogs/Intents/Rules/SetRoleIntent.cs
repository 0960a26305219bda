using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "把陈静设为支委", "任命张丽华为副书记", "刘洋不再担任党小组长了，改回普通党员", "设置角色：王芳，党小组长": 设置角色 with the
/// member and the (last named) role; a name not on the roster is only likely. A role taken away with none named in its
/// place sets the member back to 党员, never to the role being left: sure when ordered ("撤掉陈静的支委", "免去…职务"),
/// only likely when it may be a report ("刘洋不当支委了") or a wish ("不想当支委了").
/// </summary>
public sealed partial class SetRoleIntent : IIntentRule
{
    public string Command => "设置角色";

    public async ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        // "书记我是陈静…", "请问书记…", "找书记谈谈": the 书记 spoken to or sought is who the message is for, no role given.
        var roles = RoleWord().Matches(text).Where(r => !Addressed(text, r)).ToList();
        if (roles.Count == 0 && TypedWithoutRole().Match(text) is { Success: true } typedOnly)
        {
            // "设置角色 陈静": the command asks which role; the reading names none rather than keeping the old one.
            var member = await input.MemberNamedAsync(typedOnly.Groups["who"].Value, cancellationToken);
            var unread = new SlotReading().Doubt(IntentSlots.Role);
            unread.Put(IntentSlots.Name, member ?? typedOnly.Groups["who"].Value, member is not null);
            return unread.Match(Command, text, IntentEffect.Write, 0.9);
        }

        if (roles.Count == 0 || !Setting().IsMatch(text) || NotASetting().IsMatch(text) || IntentText.AsksAboutRules(text))
        {
            return null;
        }

        // "她不当支委了" names the role being left: the new one is the last role not negated; none, and it is only likely.
        var kept = roles.Where(r => !Left().IsMatch(text[..r.Index]) && !Removed().IsMatch(text[..r.Index]) && !LeftAfter().IsMatch(text[(r.Index + r.Length)..])).ToList();
        var role = kept.Count == 0 ? "党员" : Role(kept[^1].Value);

        // "撤掉陈静的支委" orders the change; "刘洋不当支委了" may only report it, so it is asked.
        var ordered = kept.Count > 0 || roles.Any(r => Removed().IsMatch(text[..r.Index]));
        var name = await input.MemberNamedAsync(text, cancellationToken);
        // "赵振国设为副书记": a name not on the roster, said first, is only likely.
        var typed = Named().Match(text) is { Success: true } m ? m.Groups["who"].Value
            : name is null && NamedFirst().Match(text) is { Success: true } first ? first.Groups["who"].Value
            : null;
        var who = name ?? typed;
        if (who is null || role is null)
        {
            return null;
        }

        var slots = new Dictionary<string, string> { [IntentSlots.Role] = role, [IntentSlots.Name] = who };
        var confidence = name is not null && (typed is null || typed == name) && ordered && !Wish().IsMatch(text) ? 0.9 : 0.6;
        return new IntentMatch(Command, $"{Command} {who} {role}", IntentEffect.Write, confidence, slots);
    }

    private static bool Addressed(string text, Match role) =>
        role.Value is "书记" or "支部书记" or "副书记"
        && (AddressOpening().Match(text) is { Success: true } opening && role.Index + role.Length == opening.Length
            || SoughtBefore().IsMatch(text[..role.Index]));

    [GeneratedRegex(@"^(请问|报告|你好|您好|喂)?[\u4e00-\u9fa5]?(支部书记|副书记|书记)(?=[我您你好啊呀,，\s]|$)")]
    private static partial Regex AddressOpening();

    /// <summary>"找书记", "跟书记说", "向书记汇报": the 书记 as the one sought or told.</summary>
    [GeneratedRegex(@"(找|跟|和|向|同|问|请示|约|告诉|麻烦)$")]
    private static partial Regex SoughtBefore();

    private static string? Role(string typed) => typed switch
    {
        "书记" or "支部书记" => "书记",
        "副书记" => "副书记",
        "支委" or "支部委员" or "委员" or "支委委员" => "支委",
        "党小组长" or "小组长" or "组长" => "党小组长",
        "党员" or "普通党员" => "党员",
        _ => null,
    };

    [GeneratedRegex(@"支部书记|副书记|书记|支部委员|支委委员|支委(?!会)|委员|党小组长|小组长|组长|普通党员|(?<!添加|加个|新)党员(?!大会|名单)")]
    private static partial Regex RoleWord();

    [GeneratedRegex(@"设为|设成|设置为|设(一下|下)$|(?<=[\u4e00-\u9fa5]\s?)设\s?(?=(支部书记|副书记|书记|支部委员|支委|党小组长|小组长|组长)$)|升任|改任|出任|接任|(?<![担升改出接主])任(?![务何意性期])|设置成|就是|成为|改任|转为|设置角色|修改角色|改为|改成|改回|恢复为|任命|调整为|换成|担任|当|升为|提为|降为|做(?!好)|(?<![因以认作成])为|撤掉|撤销|撤了|撤去|免去|免掉|免了|取消|拿掉|去掉|卸任|辞去|不当|不再")]
    private static partial Regex Setting();

    /// <summary>
    /// Questions, someone's duties, adding a member and joining are no change of role; praise given as the reason ("她挺负责的",
    /// "做事很负责") is no question of duties.
    /// </summary>
    [GeneratedRegex(@"吗$|\?|什么|谁|哪|能不能|可以|职责|(?<!挺|很|蛮|非常|特别|比较|认真|尽职)负责|工作|添加|加入|新增|入党|发展|选举|选出|候选")]
    private static partial Regex NotASetting();

    [GeneratedRegex(@"(不当|不再担任|不再当|不再是|不担任|不做|不干|卸任|免去|辞去|不是|不想当|不愿意当|不愿当|不想做|不想干|不想担任)(了)?$")]
    private static partial Regex Left();

    /// <summary>"撤掉陈静的支委", "免去张丽华的党小组长职务", "取消刘洋的支委": the role named after its removal.</summary>
    [GeneratedRegex(@"(撤掉|撤销|撤了|撤去|撤|免去|免掉|免除|取消|拿掉|去掉)(他|她)?[\u4e00-\u9fa5·]{0,4}?(同志)?的?$")]
    private static partial Regex Removed();

    /// <summary>"刘洋不想当支委了": the member's wish, not the committee's decision.</summary>
    [GeneratedRegex(@"不想|不愿|想不想|打算|考虑|^(别|不要|不用|先别|暂时别|千万别)(把|让|给|将)|要不(要)?(让|把|就|咱|然)|该不该|是不是该")]
    private static partial Regex Wish();

    /// <summary>"刘洋的党小组长不当了": the role named before the leaving.</summary>
    [GeneratedRegex(@"^(也|就)?(不当|不干|不做|不再当|不再担任|卸任|免了|撤了)")]
    private static partial Regex LeftAfter();

    [GeneratedRegex(@"^(?<who>[\u4e00-\u9fa5·]{2,4}?)(同志)?(设为|设成|设置为|升为|任命为|改任|提为)")]
    private static partial Regex NamedFirst();

    [GeneratedRegex(@"^(设置角色|修改角色|更改角色)[\s:]*(?<who>[\u4e00-\u9fa5·]{2,4})$")]
    private static partial Regex TypedWithoutRole();

    [GeneratedRegex(@"(把|将|让|任命|给|设置角色:?)\s*(?<who>[\u4e00-\u9fa5·]{2,4}?)(同志)?(的角色|的职务)?(设|改|为|当|担任|做|升|提|调整|换|任命|,)")]
    private static partial Regex Named();
}
