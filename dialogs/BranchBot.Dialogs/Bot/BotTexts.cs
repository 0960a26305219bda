using BranchBot.Core.Storage;

namespace BranchBot.Dialogs.Bot;

/// <summary>What the bot says outside any particular feature.</summary>
public static class BotTexts
{
    /// <summary>"啊？", "什么意思？": a puzzled sound asked back, never an answer to the question waiting.</summary>
    public static readonly HashSet<string> PuzzledWords = new(StringComparer.Ordinal)
    {
        "啊", "嗯", "哈", "蛤", "啥", "什么", "啥意思", "什么意思", "是什么意思", "啥玩意", "咋了", "怎么了", "没懂", "没看懂", "不懂",
    };

    public static readonly HashSet<string> CancelWords = new(StringComparer.OrdinalIgnoreCase) { "取消", "退出", "算了", "不办了", "不发了", "先不发了", "不弄了" };

    public static readonly HashSet<string> HelpWords = new(StringComparer.OrdinalIgnoreCase) { "帮助", "help", "菜单", "功能", "?", "？" };

    public const string Cancelled = "已取消当前操作。";

    /// <summary>Said before another command typed at a question with buttons runs instead of the answer.</summary>
    public const string PendingDropped = "刚才等你回答的操作已放下，没有执行。";

    public static string StorageUnavailable(StorageProblem problem) => problem switch
    {
        StorageProblem.DiskFull => "服务器存储空间已满，刚才的操作没有保存。请稍后再试，并请管理员清理服务器磁盘。",
        StorageProblem.Busy => "服务器正忙，刚才的操作没有完成，请稍后再试。",
        _ => "服务器写入数据出错，刚才的操作没有保存。请稍后再试；如果一直这样，请告诉管理员。",
    };
    public const string NothingToCancel = "当前没有进行中的操作。";
    public const string NothingToConfirm = "当前没有等待确认的操作，刚才的操作已经完成，不会重复执行。发送「帮助」查看我能做什么。";
    public const string TextOnly = "我目前只能处理文字消息。发送「帮助」查看我能做什么。";

    public const string HowToSetUp =
        "本支部还没有初始化。如果你是支部书记，请发送「初始化 设置码 支部名称」（设置码见服务器启动日志），例如：初始化 ABCD2345 机关第一党支部。";

    public const string HowToJoin =
        "你还没有加入本支部。请向支部书记或支委索取邀请码，然后发送「加入 邀请码」，例如：加入 ABCD2345。";

    public static string NotAMember(bool branchClaimed) => branchClaimed ? HowToJoin : HowToSetUp;
}
