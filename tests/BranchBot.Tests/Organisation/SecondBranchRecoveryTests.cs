using System.Text.RegularExpressions;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Organisation;

/// <summary>
/// 找回书记账号 with two branches: the branch is named, its code is logged and kept on that branch only, and the code
/// binds the new account to that branch's 书记, never touching the other branch.
/// </summary>
public sealed partial class SecondBranchRecoveryTests
{
    [Fact]
    public async Task A_second_branchs_secretary_recovers_their_account_by_naming_the_branch()
    {
        await using var bot = new BotHarness();
        var (wang, _, li, _) = TwoBranchScript.Start(bot);
        var newPhone = bot.User("li-new-phone");

        newPhone.Send("找回书记账号").ExpectReply("本组织有多个支部，请说明要找回哪个支部的书记账号");
        Assert.Contains("各支部：机关第一党支部、第二党支部", newPhone.LastReplyText, StringComparison.Ordinal);
        newPhone.Send("找回书记账号 第九支部").ExpectReply("没有找到名为「第九支部」的支部");
        newPhone.Send("找回书记账号 第二党支部").ExpectReply("已生成一次性找回码，写在服务器日志中");
        var line = bot.Logs.Lines.Last(l => l.Message.Contains("找回书记账号", StringComparison.Ordinal)).Message;
        Assert.Contains("「第二党支部」", line, StringComparison.Ordinal);
        var code = CodeInLogLine().Match(line).Groups[1].Value;

        var units = await bot.Services.GetRequiredService<IOrganisationStore>().ListUnitsAsync(CancellationToken.None);
        Assert.NotNull(Assert.Single(units, u => u.Name == "第二党支部").RecoveryCode);
        Assert.All(units.Where(u => u.Name != "第二党支部"), u => Assert.Null(u.RecoveryCode));

        newPhone.Send($"找回书记账号 {code}").ExpectReply("已找回书记账号：这个聊天账号现已绑定「第二党支部」书记李书记同志")
            .Send("我的信息").ExpectReply("角色：书记");
        li.ExpectNotification("刚刚用服务器日志中的找回码绑定了一个新的聊天账号");

        var first = bot.Services.GetRequiredService<IMembershipStore>();
        Assert.Null(await first.FindByChatAccountAsync(new ChatAccount("test", "li-new-phone"), CancellationToken.None));
        var wangRecord = Assert.Single(await first.ListMembersAsync(CancellationToken.None), m => m.Role == MemberRole.Secretary);
        Assert.Equal([new ChatAccount("test", "secretary")], wangRecord.ChatAccounts);
        wang.Send("我的信息").ExpectReply("角色：书记");
    }

    [Fact]
    public async Task The_first_branchs_secretary_names_their_branch_too_and_a_bound_member_cannot_use_the_code()
    {
        await using var bot = new BotHarness();
        var (_, zhang, _, _) = TwoBranchScript.Start(bot);

        bot.User("wang-new-phone").Send("找回书记账号 机关第一党支部").ExpectReply("已生成一次性找回码");
        var code = CodeInLogLine().Match(bot.Logs.Lines.Last(l => l.Message.Contains("找回书记账号", StringComparison.Ordinal)).Message).Groups[1].Value;

        zhang.Send($"找回书记账号 {code}").ExpectReplyNotContaining("张三", "已找回书记账号");
        bot.User("wang-new-phone").Send($"找回书记账号 {code}").ExpectReply("现已绑定「机关第一党支部」书记王书记同志");
    }

    [GeneratedRegex("发送：找回书记账号 ([A-Z0-9]{8})")]
    private static partial Regex CodeInLogLine();
}
