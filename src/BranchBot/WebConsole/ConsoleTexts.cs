namespace BranchBot.WebConsole;

/// <summary>The console's Chinese messages from its access checks (login, session, forms, not found); pages carry their own text.</summary>
internal static class ConsoleTexts
{
    public const string SignInTitle = "请先登录";
    public const string SignIn = "请在聊天中发送「控制台」获取登录链接。链接10分钟内有效，只能使用一次。";

    public const string LinkInvalidTitle = "登录链接无效";
    public const string LinkInvalid = "这个登录链接不完整或已被改动。请在聊天中重新发送「控制台」获取新的链接。";
    public const string LinkExpiredTitle = "登录链接已过期";
    public const string LinkExpired = "登录链接只在10分钟内有效。请在聊天中重新发送「控制台」获取新的链接。";
    public const string LinkUsedTitle = "登录链接已使用";
    public const string LinkUsed = "每个登录链接只能使用一次。请在聊天中重新发送「控制台」获取新的链接。";

    public const string RefusedTitle = "无权使用控制台";
    public const string Refused = "控制台只对支部书记、副书记和支委开放，党委书记、党委副书记、组织委员和党建专员可查看各支部情况。如果你的职务有变动，请联系支部书记。";

    public const string BranchPagesOnlyTitle = "无权查看这个页面";
    public const string BranchPagesOnly = "这个页面是支部自己的工作页面，只对本支部书记、副书记和支委开放。党委的各支部情况、待答问题和广播回执请看「各支部」页。";

    public const string BranchNotOverseenTitle = "无权查看这个支部";
    public const string BranchNotOverseen = "只能查看自己所在的支部，或你担任党委职务的组织下属的支部。请从「各支部」页或页面上方的支部切换进入。";

    public const string ReadOnlyTitle = "只读查看";
    public const string ReadOnly = "你正在以党委身份查看其他支部，只能查看总览、会议、签到情况、台账和广播回执，不能修改，也看不到谈心内容、匿名建议、党员名单和操作日志。需要修改请联系该支部书记。";

    public const string UnreadableTitle = "无法读取提交的内容";
    public const string Unreadable = "提交的表单格式不正确或内容太大，无法读取。请返回页面刷新后重新提交。";
    public const string CsrfTitle = "请求已过期";
    public const string Csrf = "这个表单已失效（可能来自其他网站或旧的页面）。请返回页面刷新后再提交。";

    public const string NotFoundTitle = "没有这个页面";
    public const string NotFound = "没有找到你要的页面或记录。";

    public const string LoggedOutTitle = "已退出";
    public const string LoggedOut = "你已退出控制台。需要时请在聊天中发送「控制台」重新获取登录链接。";
}
