namespace BranchBot.Dialogs.Bot;

/// <summary>What the bot says outside any particular feature.</summary>
public static class BotTexts
{
    public static readonly HashSet<string> CancelWords = new(StringComparer.OrdinalIgnoreCase) { "取消", "退出", "算了", "不办了" };

    public static readonly HashSet<string> HelpWords = new(StringComparer.OrdinalIgnoreCase) { "帮助", "help", "菜单", "功能", "?", "？" };

    public const string Cancelled = "已取消当前操作。";
    public const string NothingToCancel = "当前没有进行中的操作。";
    public const string TextOnly = "我目前只能处理文字消息。发送「帮助」查看我能做什么。";
}
