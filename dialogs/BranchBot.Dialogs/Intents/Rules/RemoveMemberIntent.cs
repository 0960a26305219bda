using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "王芳组织关系转走了，把她从名单里移出去", "移除党员刘洋", "把刘洋删掉": 移除党员 for the member named; the command asks
/// for confirmation before anything changes.
/// </summary>
public sealed partial class RemoveMemberIntent : IIntentRule
{
    public string Command => "移除党员";

    public async ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        if (!Removal().IsMatch(text) || IntentText.AsksAboutRules(text) || Question().IsMatch(text))
        {
            return null;
        }

        var name = await input.MemberNamedAsync(text, cancellationToken);
        if (name is null && !Roster().IsMatch(text))
        {
            return null;
        }

        var slots = new SlotReading();
        if (name is not null)
        {
            slots.Certain(IntentSlots.Name, name);
        }

        // "移除党员 王": the name typed is not a member's whole name, so whom to remove is the command's question.
        if (Typed().Match(text) is { Success: true } typed && typed.Groups["who"].Value is { Length: > 0 } who && who != name)
        {
            slots.Doubt(IntentSlots.Name);
        }

        // "删掉刘洋", "刘洋 删": a name and a bare 删 do not say from what (the roster, a chat group, a list of the
        // meeting's); the roster named, a verb of the roster (移除, 移出), why the member leaves (调走, 转出, 退休), a
        // member added beside it or the member as what is done away with ("把王芳删了") says so, and so does the typed command.
        var sure = name is not null && (Roster().IsMatch(text) || Typed().IsMatch(text) || LeavesTheRoster().IsMatch(text));
        return slots.Match(Command, name is null ? Command : $"{Command} {name}", IntentEffect.Previewed, sure ? 0.9 : 0.6);
    }

    [GeneratedRegex(@"^(移除党员|删除党员)[\s:]*(?<who>[^\s,，]*)")]
    private static partial Regex Typed();

    [GeneratedRegex(@"移除|移出|删除|删掉|删了|去掉|除名|踢出|清除|(从|在)(支部的?)?(名单|支部|花名册|系统)(里|中|上)?(去掉|拿掉|划掉|删|移|撤|拿下|除掉)")]
    private static partial Regex Removal();

    [GeneratedRegex(@"移除|移出|除名|踢出|调走|调离|转出|转走|转到|转去|退休|去世|离开|组织关系|(再|新)?加(个|一个|上)|把[\u4e00-\u9fa5]{2,4}(给)?(删|去掉)")]
    private static partial Regex LeavesTheRoster();

    /// <summary>Without a roster name, only the roster named says it is a member who goes.</summary>
    [GeneratedRegex(@"党员|成员|名单|花名册|支部")]
    private static partial Regex Roster();

    [GeneratedRegex(@"吗$|\?|什么|谁|哪|能不能|可不可以|问答|广播|会议|谈心|建议|记录")]
    private static partial Regex Question();
}
