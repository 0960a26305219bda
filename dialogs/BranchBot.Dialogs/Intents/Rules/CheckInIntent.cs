using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>"我到了，签个到", "帮我签到", "打卡": 签到. "我到了" alone is only likely.</summary>
public sealed partial class CheckInIntent : IIntentRule
{
    public string Command => "签到";

    public IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        if (AboutOthers().IsMatch(text) || IntentText.AsksAboutRules(text))
        {
            return null;
        }

        var confidence = Asked().IsMatch(text) ? 0.9 : Arrived().IsMatch(text) ? 0.6 : 0;
        return confidence == 0 ? null : new IntentMatch(Command, Command, IntentEffect.Write, confidence, new Dictionary<string, string>());
    }

    [GeneratedRegex(@"签(个|一下|下)?到|打(个)?卡")]
    private static partial Regex Asked();

    [GeneratedRegex(@"^(我)?(已经)?(到了|来了|到会了|到场了|在会场了?)|^(我)?人到了")]
    private static partial Regex Arrived();

    [GeneratedRegex(@"签到(情况|率|名单|统计|人数|码是)|谁|哪些人|几个人|多少人|没签|未签|签到了吗|签到没|啥|什么|吗$|？|\?")]
    private static partial Regex AboutOthers();
}
