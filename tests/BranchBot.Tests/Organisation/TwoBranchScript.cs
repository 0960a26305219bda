using System.Text.RegularExpressions;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Organisation;

/// <summary>Two branches in one deployment, set up in chat as people do it.</summary>
internal static partial class TwoBranchScript
{
    /// <summary>王书记's 机关第一党支部 with 张三, and 第二党支部 made by 王书记 (党建专员), run by 李书记 with 赵六.</summary>
    public static (ConversationScript Wang, ConversationScript Zhang, ConversationScript Li, ConversationScript Zhao) Start(BotHarness bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var wang = bot.ClaimedBranch();
        var zhang = bot.JoinedMember(wang, "zhang", "张三");
        wang.Send("新建支部 第二党支部").ExpectReply("已新建支部「第二党支部」");
        var li = bot.User("li", "李书记");
        li.Send($"加入 {SecretaryCodeIn(wang.LastReplyText)} 李书记").ExpectReply("你已成为「第二党支部」的书记");
        li.Send("添加党员 赵六").ExpectReply("已添加党员「赵六」");
        var zhao = bot.User("zhao", "赵六");
        zhao.Send($"加入 {ConversationScript.InviteCodeIn(li.LastReplyText)}").ExpectReply("你已加入「第二党支部」");
        return (wang, zhang, li, zhao);
    }

    public static string SecretaryCodeIn(string text)
    {
        var match = SecretaryCode().Match(text);
        Assert.True(match.Success, $"No 书记邀请码 in 「{text}」.");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("书记邀请码：([A-Z0-9]{8})")]
    private static partial Regex SecretaryCode();
}
