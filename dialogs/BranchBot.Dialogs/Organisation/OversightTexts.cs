namespace BranchBot.Dialogs.Organisation;

/// <summary>What the 党委-level commands say besides the overview itself.</summary>
public static class OversightTexts
{
    /// <summary>Where the console lists every branch, as the chat names it.</summary>
    public const string ConsolePath = "/console/org";

    public static string NotAnOverseer(string commandTitle) =>
        $"只有党委书记、党委副书记、组织委员和党建专员可以使用「{commandTitle}」。支部的情况请发送「台账」查看。";

    public static string NotAnOverseerOfQuestions(string commandTitle) =>
        $"只有党委书记、党委副书记、组织委员和党建专员可以使用「{commandTitle}」。本支部的待答问题请书记、副书记或支委发送「待答问题」查看。";

    public static string PeriodUnknown(string text, string keyword) =>
        $"没看懂要查看的期间「{text}」。可以发送「{keyword}」（本季度），或「{keyword} 本月」「{keyword} 2026年第4季度」「{keyword} 2026年」。";

    public static string ConsoleLink(string baseUrl) => $"{baseUrl}{ConsolePath}（网页控制台，登录请发送「控制台」）";
}
