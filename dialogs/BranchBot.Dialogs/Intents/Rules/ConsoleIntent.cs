using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "给我个控制台链接", "打开网页控制台", "控制台的地址是什么": 控制台 (the one-time login link, which the command gives only
/// to those who may use it). How to use the console is a question for help, not a link.
/// </summary>
public sealed partial class ConsoleIntent : IIntentRule
{
    public string Command => "控制台";

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        return Pattern().IsMatch(text) && !IntentText.AsksAboutRules(text)
            ? new IntentMatch(Command, Command, IntentEffect.Read, 0.85, new Dictionary<string, string>())
            : null;
    }

    [GeneratedRegex(@"(给我|发我|发给我|发一下|发个|来个|要个|要一个|要一下|打开|进入|登录|登陆|我要|想要|我想进)(个|一个|一下)?(网页|电脑)?(版)?(控制台|工作台|管理后台|后台)(的)?(链接|地址|网址|入口)?|(控制台|工作台|管理后台)(的)?(登录)?(链接|地址|网址|入口)(是|在)?(什么|哪|多少|发)?")]
    private static partial Regex Pattern();
}
