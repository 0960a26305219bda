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

        return slots.Match(Command, name is null ? Command : $"{Command} {name}", IntentEffect.Previewed, name is null ? 0.6 : 0.9);
    }

    [GeneratedRegex(@"^(移除党员|删除党员)[\s:]*(?<who>[^\s,，]*)")]
    private static partial Regex Typed();

    [GeneratedRegex(@"移除|移出|删除|删掉|删了|去掉|除名|踢出|清除|(从|在)(名单|支部|花名册|系统)(里|中)?(去掉|拿掉|划掉|删|移|撤)")]
    private static partial Regex Removal();

    /// <summary>Without a roster name, only the roster named says it is a member who goes.</summary>
    [GeneratedRegex(@"党员|成员|名单|花名册|支部")]
    private static partial Regex Roster();

    [GeneratedRegex(@"吗$|\?|什么|谁|哪|能不能|可不可以|问答|广播|会议|谈心|建议|记录")]
    private static partial Regex Question();
}
