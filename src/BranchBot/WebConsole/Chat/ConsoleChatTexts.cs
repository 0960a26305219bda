using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.WebConsole.Chat;

internal static class ConsoleChatTexts
{
    /// <summary>The 帮助 topic of this feature's commands.</summary>
    public static readonly HelpTopic HelpTopic = new("电脑端", "网页控制台", "在电脑上查看台账、会议和名单", Order: 60) { Aliases = ["网页", "电脑"] };

    public const string PrivateChatOnly = "控制台登录链接只能在与我的私聊中获取，请私聊我发送「控制台」。";

    public const string SignedOutEverywhere =
        "已让你在所有电脑上的控制台登录立即失效（包括忘记退出的和可能被他人复制的）。需要时请重新发送「控制台」获取新链接。";

    public static string Link(string url) =>
        $"网页控制台登录链接（10分钟内有效，只能使用一次，请勿转发）：\n{url}\n登录后8小时内可查看总览、会议、台账、谈心和党员名单。";

    /// <summary>The link for a 党委 role holder off the committee, who reaches only the 各支部 pages.</summary>
    public static string OversightLink(string url) =>
        $"网页控制台登录链接（10分钟内有效，只能使用一次，请勿转发）：\n{url}\n登录后8小时内可查看各支部的台账情况、待答问题和广播回执。";

    public static string Refused(string commandTitle) =>
        $"只有书记、副书记和支委可以使用「{commandTitle}」。党委书记、党委副书记、组织委员和党建专员也可以使用，用来查看各支部情况。";

    public static string ExportLink(string url) =>
        $"请用电脑打开下面的控制台登录链接（10分钟内有效，只能使用一次）：\n{url}\n登录后进入「台账」页，选择年份，点击「导出台账」即可下载 Excel 表格。";
}
