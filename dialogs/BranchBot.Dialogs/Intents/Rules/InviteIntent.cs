using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>"刘洋换手机了，再给他一个邀请码": 邀请码 for the member named (a fresh invite; offered, since the old one stops working).</summary>
public sealed partial class InviteIntent : IIntentRule
{
    public string Command => "邀请码";

    public async ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        if (!Pattern().IsMatch(text) || IntentText.AsksAboutRules(text) || Question().IsMatch(text))
        {
            return null;
        }

        var name = await input.MemberNamedAsync(text, cancellationToken);
        var slots = new Dictionary<string, string>();
        if (name is not null)
        {
            slots[IntentSlots.Name] = name;
        }

        return new IntentMatch(Command, name is null ? Command : $"{Command} {name}", IntentEffect.Write, name is null ? 0.6 : 0.85, slots);
    }

    [GeneratedRegex(@"邀请码|邀请链接|加入码|绑定码|(重新)?(绑定|加入)(一下)?(新)?手机")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"吗$|\?|什么|怎么用|在哪|多少|过期多久|有效期")]
    private static partial Regex Question();
}
