using System.Text.RegularExpressions;
using BranchBot.Dialogs.Organisation;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "把陈静的组织关系转到第二党支部", "陈静转接到第二党支部去", "陈静的组织关系转入第二党支部": 转接 for the roster name
/// and the branch named after the verb (a 党小组 named there is 设置党小组, not this); the command resolves the branch and asks 是/否 before anything changes.
/// </summary>
public sealed partial class TransferIntent : IIntentRule
{
    public string Command => TransferCommand.Keyword;

    public async ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        if (Movement().Match(text) is not { Success: true } moved || Question().IsMatch(text) || IntentText.AsksAboutRules(text))
        {
            return null;
        }

        // "组织关系转到老家社区了，你把他从支部名单里拿掉": a movement told as done, followed by a request of its own, is
        // why that request is made (移除党员), not a transfer asked for.
        if (DoneThenAsked().IsMatch(moved.Groups["branch"].Value))
        {
            return null;
        }

        // "调到第二党小组" moves a member between 党小组 (设置党小组): only a branch or 组织关系 named makes it a transfer.
        var branch = Tail().Replace(moved.Groups["branch"].Value, string.Empty).Trim();
        if (branch.Contains("小组", StringComparison.Ordinal) || !(branch.Contains("支部", StringComparison.Ordinal) || text.Contains("组织关系", StringComparison.Ordinal)))
        {
            return null;
        }

        var name = await input.MemberNamedAsync(text[..moved.Index], cancellationToken);
        if (name is null)
        {
            return null;
        }

        var slots = new Dictionary<string, string> { [IntentSlots.Name] = name };
        return new IntentMatch(Command, TransferTexts.Line(name, branch), IntentEffect.Previewed, branch.Length == 0 ? 0.7 : 0.9, slots);
    }

    [GeneratedRegex(@"(转接到|转接至|转到|转至|转入|调到|调往|调入)\s*(?<branch>.*)$")]
    private static partial Regex Movement();

    [GeneratedRegex(@"^[^,，。；;\s]{1,12}?(去|那边|那里)?了[,，。；;\s]*(你|您|就|请|麻烦|帮我|帮忙|把|给)")]
    private static partial Regex DoneThenAsked();

    [GeneratedRegex(@"(去|吧|里|了|那边|那里|中)+$")]
    private static partial Regex Tail();

    [GeneratedRegex(@"吗$|\?|怎么|如何|什么|需要|哪些|能不能|可不可以|流程|手续")]
    private static partial Regex Question();
}
