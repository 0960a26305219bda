using BranchBot.Core.Text;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Bot;

/// <summary>
/// "你好" is answered with a one-line greeting by name and the everyday commands as buttons; "你是谁" with who the bot is,
/// in one line; "你能做什么" with the overview of 帮助. They used to reach the knowledge base and be declined as off-topic.
/// </summary>
public sealed class GreetingHandler(HelpResponder help) : IFreeTextHandler
{
    private static readonly HashSet<string> WhoAreYou = new(StringComparer.Ordinal)
    {
        "你是谁", "您是谁", "你是什么", "你叫什么", "你叫什么名字", "你是干什么的", "你是做什么的",
    };

    // Asked for the whole list of what the bot does: the overview, as 帮助 gives it.
    private static readonly HashSet<string> WhatCanYouDo = new(StringComparer.Ordinal)
    {
        "你能做什么", "你会什么", "你能干什么", "你会做什么", "你有什么功能", "都能做什么",
    };

    public int Order => 5;

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = TextNormalizer.StripTrailingPunctuation(turn.Text).Trim().TrimEnd('~', '～', '!', '！');
        var question = text.TrimEnd('呀', '啊', '呢');
        if (ChatWords.Greetings.Contains(text))
        {
            await help.SendGreetingAsync(turn, cancellationToken);
            return true;
        }

        if (WhoAreYou.Contains(question))
        {
            await help.SendIntroductionAsync(turn, cancellationToken);
            return true;
        }

        if (WhatCanYouDo.Contains(question))
        {
            await help.SendAsync(turn, cancellationToken);
            return true;
        }

        return false;
    }
}
