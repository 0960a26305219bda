namespace BranchBot.Dialogs.Meetings.Calendar;

/// <summary>What the calendar commands say.</summary>
internal static class CalendarTexts
{
    public const string PrivateChatOnly = "日历订阅链接是你个人的私密链接，请在与我的私聊中发送「我的日历」获取，不要在群聊中公开。";

    public const string AlreadyIssued =
        "你已经领取过日历订阅链接。为保护隐私，服务器不保存链接本身，无法再次显示。\n" +
        "请在手机日历里查看已订阅的日历；如果找不到原来的链接，请发送「重置日历链接」获取新链接（旧链接会立即失效）。";

    public static string Link(string url) =>
        $"你的组织生活日历订阅链接（仅限本人使用，请勿转发）：\n{url}\n\n" +
        Instructions +
        "\n\n链接只显示这一次，请妥善保存。链接泄露或换了手机，可发送「重置日历链接」，旧链接会立即失效。";

    public static string Reset(string url) =>
        $"已重置日历链接，旧链接已失效。新的订阅链接：\n{url}\n\n" +
        "请在手机或电脑日历中删除旧的订阅，再用新链接重新订阅。\n" + Instructions;

    private const string Instructions =
        "订阅方法：\n" +
        "· iPhone：设置 → 日历 → 账户 → 添加账户 → 其他 → 添加已订阅的日历，粘贴上面的链接。\n" +
        "· 安卓手机：在日历应用中选择“添加日历/订阅日历”（或通过网址添加），粘贴链接；使用谷歌日历的，可在网页版“其他日历 → 通过网址添加”。\n" +
        "· Outlook：日历 → 添加日历 → 从 Internet 订阅，粘贴链接。\n" +
        "日历会自动更新会议的时间、地点和取消情况，并在会前提醒。";
}
