using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>"把陈静调到第二党小组", "张丽华换到第一党小组去": 设置党小组 with the member and the group named after the move.</summary>
public sealed partial class SetGroupIntent : IIntentRule
{
    public string Command => "设置党小组";

    public async ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        if (!text.Contains("小组", StringComparison.Ordinal) || IntentText.AsksAboutRules(text) || Question().IsMatch(text)
            || await input.MemberNamedAsync(text, cancellationToken) is not { } name)
        {
            return null;
        }

        var after = text[(text.IndexOf(name, StringComparison.Ordinal) + name.Length)..];
        var group = Moved().Match(after) is { Success: true } moved ? moved : Typed().Match(after) is { Success: true } typed ? typed : MovedThere().Match(after);
        if (!group.Success)
        {
            return null;
        }

        var groupName = group.Groups["group"].Value;
        var slots = new Dictionary<string, string> { [IntentSlots.Name] = name, [IntentSlots.Group] = groupName };

        // "把刘洋移到党小组": no group is named, only the word for one, so which group is the question.
        var confidence = Unnamed().IsMatch(groupName) ? 0.6 : 0.85;
        return new IntentMatch(Command, $"{Command} {name} {groupName}", IntentEffect.Write, confidence, slots);
    }

    [GeneratedRegex(@"^(这个|那个|哪个|别的|其他|另一个|另外的|一个|某个)?(党小组|小组)$")]
    private static partial Regex Unnamed();

    [GeneratedRegex(@"(调到|换到|转到|分到|放到|移到|挪到|编到|编入|划到|归到|加到|加入|调整到|改到|设为|改为|去|进)(?<group>[\u4e00-\u9fa5\d]{1,8}?(党小组|小组))(?!会|长|的?(副)?(党小组长|小组长|组长))")]
    private static partial Regex Moved();

    /// <summary>
    /// "设置党小组 刘洋 第一党小组": the group right after the name; never a group said as where a role is held ("让王芳当第一党小组
    /// 的组长" sets a role) nor one after a verb of office, nor a clause that only mentions a group ("搬家了离第一党小组…").
    /// </summary>
    [GeneratedRegex(@"^[\s,:]*(?!当|做|任|担任)(?<group>[^\s,:了离在和跟把去到的那这]{1,8}?(党小组|小组))(?!会|长|的?(副)?(党小组长|小组长|组长))")]
    private static partial Regex Typed();

    /// <summary>
    /// "王芳搬家了离第一党小组那边近把她调过去": the group named first, then the member moved "over there" (过去) to it.
    /// </summary>
    [GeneratedRegex(@"(?<group>第[一二三四五六七八九十\d]{1,2}(党小组|小组))(?!会|长).*?(把(她|他)|将(她|他))?(调|换|转|分|编|划|挪|移)(过去|到那边|到那儿|到那里)")]
    private static partial Regex MovedThere();

    [GeneratedRegex(@"吗$|\?|什么|谁|哪|能不能|可不可以")]
    private static partial Regex Question();
}
