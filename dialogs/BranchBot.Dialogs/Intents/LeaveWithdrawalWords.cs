using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents;

/// <summary>
/// "请假不请了", "把我的请假撤回", "不用请假了，我能去", "不用请了 会改时间了我能去", "出差取消了能参加了 请假撤了吧", "那个假我不请了", "取消一下我的请假申请": taking back a leave request. These name
/// 请假 but ask for the opposite, so 请假 never reads them and 撤销请假 does.
/// </summary>
public static partial class LeaveWithdrawalWords
{
    /// <summary>Voice input and phone keyboards put spaces between words ("请假 那个 我撤回吧"), so they are taken out first.</summary>
    public static bool TakeBack(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Phrases().IsMatch(text.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    public static Regex Pattern => Phrases();

    // "取消一下我的请假申请", "请假撤一下", "那个假我就不用请了": a softening 一下 after the verb and the speaker between 假 and
    // 不请 are as common as the bare forms.
    [GeneratedRegex(@"(撤销|撤回|取消|撤掉|收回|作废|撤)(掉|一下)?(我|我的|刚才|刚刚|之前|上次|那个|这个|那次|这次)*的?请假"
        + @"|请假(申请|条|单)?(那个|这个|那条|这条|的事)?(我|俺)?(就|也|还是|先|给我|帮我)?(不请了|不用了|不要了|不需要了|撤销|撤回|取消|撤了|撤掉|撤一下|收回|作废|算了)"
        + @"|(不用|不需要|无需|用不着|不必|甭|不)(再)?请假了|假(我|俺)?(就|也|还是|先)?(不用|不需要|用不着|不必|不)(再)?请了"
        + @"|(能|可以|又能|还是能)(去|来|参加|到)了.{0,12}(请假|假)|(请假|假).{0,12}(能|可以|又能|还是能)(去|来|参加|到)了"
        + @"|(不用|不需要|用不着|不必|甭|不)(再)?请了.{0,16}(能|可以|又能|还是能)(去|来|参加|到)|(能|可以|又能|还是能)(去|来|参加|到)(了)?.{0,16}(不用|不需要|用不着|不必|甭|不)(再)?请了")]
    private static partial Regex Phrases();
}
