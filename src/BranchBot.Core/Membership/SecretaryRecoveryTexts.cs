namespace BranchBot.Core.Membership;

/// <summary>Why a 书记 recovery code is not issued or not accepted.</summary>
internal static class SecretaryRecoveryTexts
{
    public const string NotClaimed = "本支部还没有初始化，不需要找回书记账号。请用服务器日志中的设置码发送「初始化 设置码 支部名称」。";

    public const string NoSecretary = "支部目前没有书记，无法找回书记账号。请服务器管理员用 roster import 命令设置书记。";

    public const string WrongOrExpired = "找回码不正确或已失效。请重新发送「找回书记账号」，再到服务器日志中查看新的找回码。";

    public static string AlreadyBound(string name) => $"这个聊天账号已绑定党员「{name}」，不能用来找回书记账号。";

    public static string TooSoon(TimeSpan wait) =>
        $"刚刚已生成过找回码，请查看服务器日志；如需新的找回码，请在 {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} 分钟后再试。";
}
