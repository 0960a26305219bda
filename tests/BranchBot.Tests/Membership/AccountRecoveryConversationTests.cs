using System.Text.RegularExpressions;
using BranchBot.Core.Membership;
using BranchBot.Storage.LiteDb;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Membership;

/// <summary>A chat account lost (new phone, cleared browser): members re-bind with a new invite, a lone 书记 with a code from the server log.</summary>
public sealed partial class AccountRecoveryConversationTests
{
    [Fact]
    public async Task A_member_rebinds_a_new_phone_with_a_new_invite_code_and_their_name()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        bot.JoinedMember(secretary, "zhang-old-phone", "张三");

        secretary.Send("邀请码 张三").ExpectReply("已绑定 1 个聊天账号，新邀请码会再绑定一个");
        var code = ConversationScript.InviteCodeIn(secretary.LastReplyText);

        bot.User("zhang-new-phone")
            .Send($"加入 {code} 张三").ExpectReplyNotContaining("欢迎你，张三同志", "你输入的姓名是")
            .Send("我的信息").ExpectReply("已绑定聊天账号：2 个");
    }

    [Fact]
    public async Task A_lone_secretary_recovers_with_the_code_from_the_server_log_and_the_old_account_is_told()
    {
        await using var bot = new BotHarness();
        var oldPhone = bot.ClaimedBranch();
        var newPhone = bot.User("secretary-new-phone");

        newPhone.Send("找回书记账号").ExpectReply("已生成一次性找回码，写在服务器日志中");
        var code = RecoveryCodeInLog(bot);
        Assert.DoesNotContain(code, newPhone.LastReplyText, StringComparison.Ordinal);

        newPhone.Send($"找回书记账号 {code}").ExpectReply("书记王书记同志")
            .Send("我的信息").ExpectReply("角色：书记");
        oldPhone.ExpectNotification("刚刚用服务器日志中的找回码绑定了一个新的聊天账号");
    }

    [Fact]
    public async Task The_recovery_code_works_once()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch();
        bot.User("new-phone").Send("找回书记账号").ExpectReply("找回码");
        var code = RecoveryCodeInLog(bot);
        bot.User("new-phone").Send($"找回书记账号 {code}").ExpectReply("已找回书记账号");

        bot.User("someone-else").Send($"找回书记账号 {code}").ExpectReply("找回码不正确或已失效");
    }

    [Fact]
    public async Task The_recovery_code_expires_after_fifteen_minutes()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch();
        bot.User("new-phone").Send("找回书记账号").ExpectReply("找回码");
        var code = RecoveryCodeInLog(bot);

        bot.Clock.Advance(TimeSpan.FromMinutes(15));

        bot.User("new-phone").Send($"找回书记账号 {code}").ExpectReply("找回码不正确或已失效")
            .Send("我的信息").ExpectReply("你还没有加入本支部");
    }

    [Fact]
    public async Task Requests_are_rate_limited_and_wrong_codes_lock_the_account_out()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch();
        var guesser = bot.User("guesser");
        guesser.Send("找回书记账号").ExpectReply("找回码")
            .Send("找回书记账号").ExpectReply("刚刚已生成过找回码");

        for (var i = 0; i < 5; i++)
        {
            guesser.Send("找回书记账号 ABCD2345").ExpectReply("找回码不正确或已失效");
        }

        guesser.Send($"找回书记账号 {RecoveryCodeInLog(bot)}").ExpectReply("错误次数太多");
    }

    [Fact]
    public async Task A_bound_member_cannot_take_over_the_secretary_record()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var member = bot.JoinedMember(secretary, "zhang", "张三");
        bot.User("new-phone").Send("找回书记账号").ExpectReply("找回码");

        member.Send($"找回书记账号 {RecoveryCodeInLog(bot)}").ExpectReplyNotContaining(string.Empty, "已找回书记账号")
            .Send("我的信息").ExpectReply("角色：党员");
    }

    [Fact]
    public async Task Only_the_hash_of_the_recovery_code_is_stored()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch();
        bot.User("new-phone").Send("找回书记账号").ExpectReply("找回码");
        var code = RecoveryCodeInLog(bot);

        var stored = bot.Services.GetRequiredService<LiteDbContext>().Database.GetCollection(LiteDbCollections.OrgUnits).FindAll()
            .Single(unit => unit["Kind"].AsString == "Branch").ToString();
        Assert.DoesNotContain(code, stored, StringComparison.Ordinal);
        Assert.Contains("h1:", stored, StringComparison.Ordinal);
    }

    private static string RecoveryCodeInLog(BotHarness bot)
    {
        var line = bot.Logs.Lines.Last(l => l.Message.Contains("找回书记账号", StringComparison.Ordinal)).Message;
        return CodeInLogLine().Match(line).Groups[1].Value;
    }

    [GeneratedRegex("发送：找回书记账号 ([A-Z0-9]{8})")]
    private static partial Regex CodeInLogLine();
}
