using System.Text;
using BranchBot.Core.Membership;
using BranchBot.Core.Membership.Roster;
using BranchBot.Core.Text;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Roster;

public class RosterImportTests
{
    private static Task<RosterImportResult> Import(BotHarness bot, string csv, Encoding? encoding = null) =>
        bot.Services.GetRequiredService<RosterImporter>().ImportAsync((encoding ?? Encoding.UTF8).GetBytes(csv), MembershipActor.Operator, CancellationToken.None);

    private static RosterProblem Row(int line, params RosterFieldProblem[] problems) => new RosterProblem.Row(line, problems);

    private static async Task<IReadOnlyList<Member>> Members(BotHarness bot) => await bot.Membership.ListMembersAsync(CancellationToken.None);

    [Fact]
    public async Task A_valid_file_adds_members_binds_accounts_and_issues_invites_for_the_rest()
    {
        await using var bot = new BotHarness();
        var result = await Import(bot, """
            name,role,group,channelId,userId
            王书记,书记,,msteams,29:abc
            李四,committee,第一党小组,,
            张三,党小组长,第一党小组,directline,dl_zhang
            "欧阳·明",member,"第二党小组",,
            """);

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.Equal(4, result.Added);
        Assert.Equal(2, result.Bound);
        Assert.Equal(["李四", "欧阳·明"], result.Invites.Select(i => i.Name).Order(StringComparer.Ordinal));
        var members = await Members(bot);
        Assert.Equal(MemberRole.GroupLeader, members.Single(m => m.Name == "张三").Role);
        Assert.Equal(2, (await bot.Membership.ListGroupsAsync(CancellationToken.None)).Count);

        bot.User("dl_zhang", channelId: "directline").Send("我的信息").ExpectReply("角色：党小组长");
        bot.User("li").Send($"加入 {result.Invites.Single(i => i.Name == "李四").Code}").ExpectReply("欢迎你，李四同志");
    }

    [Fact]
    public async Task Bad_rows_are_reported_by_line_number_and_nothing_is_written()
    {
        await using var bot = new BotHarness();
        var result = await Import(bot, "name,role,group,channelId,userId\n张三,党员,,,\n李四,主任,,,\n,党员,,,\n王五,党员,,msteams,\n赵六,党小组长,,,\n");

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                Row(3, new RosterFieldProblem.UnknownRole("主任")),
                Row(4, new RosterFieldProblem.Text(new TextProblem.Empty(TextField.MemberName))),
                Row(5, new RosterFieldProblem.HalfAccount()),
                Row(6, new RosterFieldProblem.LeaderWithoutGroup()),
            ],
            result.Errors);
        Assert.Empty(await Members(bot));
    }

    [Fact]
    public async Task Line_numbers_count_line_breaks_inside_quotes()
    {
        await using var bot = new BotHarness();
        var result = await Import(bot, "name,role,group,channelId,userId\n\"张\n三\",党员,,,\n李四,主任,,,\n");
        Assert.Equal([Row(2, new RosterFieldProblem.Text(new TextProblem.Invisible(TextField.MemberName))), Row(4, new RosterFieldProblem.UnknownRole("主任"))], result.Errors);
    }

    [Fact]
    public async Task A_wrong_header_is_refused()
    {
        await using var bot = new BotHarness();
        var result = await Import(bot, "姓名,角色\n张三,党员\n");
        Assert.Equal([new RosterProblem.UnknownColumn("姓名")], result.Errors);
    }

    [Fact]
    public async Task An_unclosed_quote_is_reported()
    {
        await using var bot = new BotHarness();
        var result = await Import(bot, "name,role,group,channelId,userId\n\"张三,党员,,,\n");
        Assert.Equal([new RosterProblem.UnclosedQuote(2)], result.Errors);
    }

    [Fact]
    public async Task Two_secretaries_and_two_leaders_of_one_group_are_refused()
    {
        await using var bot = new BotHarness();
        var result = await Import(bot, "name,role,group,channelId,userId\n甲,书记,,,\n乙,secretary,,,\n丙,党小组长,一组,,\n丁,group_leader,一组,,\n");
        Assert.Equal([new RosterProblem.SecondSecretary(3, 2, "甲"), new RosterProblem.SecondGroupLeader(5, "一组", "丙", 4)], result.Errors);
        Assert.Empty(await Members(bot));
    }

    [Fact]
    public async Task A_chat_account_cannot_belong_to_two_people()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch();
        var result = await Import(bot, "name,role,group,channelId,userId\n甲,党员,,test,secretary\n乙,党员,,x,1\n丙,党员,,x,1\n");
        Assert.Equal(
            [new RosterProblem.AccountBound(2, new ChatAccount("test", "secretary"), "王书记"), new RosterProblem.AccountRepeated(4, new ChatAccount("x", "1"), 3, "乙")],
            result.Errors);
    }

    [Fact]
    public async Task A_different_secretary_is_refused_while_the_incumbent_is_not_in_the_file()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch();
        var refused = await Import(bot, "name,role,group,channelId,userId\n新书记,书记,,,\n");
        Assert.Equal([new RosterProblem.IncumbentSecretary(2, "王书记")], refused.Errors);

        var handover = await Import(bot, "name,role,group,channelId,userId\n新书记,书记,,,\n王书记,支委,,,\n");
        Assert.True(handover.Succeeded, string.Join('\n', handover.Errors));
        Assert.Equal(MemberRole.Committee, (await Members(bot)).Single(m => m.Name == "王书记").Role);
    }

    [Fact]
    public async Task Importing_an_exported_roster_changes_nothing()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        bot.JoinedMember(secretary, "zhang", "张三", "第一党小组");
        secretary.Send("添加党员 李四 第二党小组").ExpectReply("要新建").Send("新建 第二党小组").ExpectReply("邀请码");
        var code = ConversationScript.InviteCodeIn(secretary.LastReplyText);
        var before = await Members(bot);

        var exported = await bot.Services.GetRequiredService<RosterExporter>().ExportAsync(CancellationToken.None);
        var result = await Import(bot, exported);

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.Equal(0, result.Added);
        Assert.Equal(0, result.Updated);
        // The open invite is kept (its code still works) but cannot be shown again: only its hash is stored.
        Assert.Equal([("李四", (string?)null)], result.Invites);
        Assert.Equal(before.OrderBy(m => m.Id).Select(m => m with { }), (await Members(bot)).OrderBy(m => m.Id), new MemberComparer());
        bot.User("li").Send($"加入 {code}").ExpectReply("欢迎你，李四同志");
    }

    [Fact]
    public async Task The_export_has_the_import_header_and_one_row_per_account()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        bot.JoinedMember(secretary, "zhang", "张三", "第一党小组");
        var exported = await bot.Services.GetRequiredService<RosterExporter>().ExportAsync(CancellationToken.None);
        Assert.Equal("name,role,group,channelId,userId\n王书记,secretary,,test,secretary\n张三,member,第一党小组,test,zhang\n", exported);
    }

    [Fact]
    public async Task A_file_saved_by_Excel_in_GB18030_or_with_a_BOM_is_read()
    {
        await using var bot = new BotHarness();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = await Import(bot, "name,role,group,channelId,userId\r\n张三,党员,第一党小组,,\r\n", Encoding.GetEncoding("GB18030"));
        Assert.True(gbk.Succeeded, string.Join('\n', gbk.Errors));
        var bom = await Import(bot, "\uFEFFname,role,group,channelId,userId\r\n李四,支委,,,\r\n");
        Assert.True(bom.Succeeded, string.Join('\n', bom.Errors));
        Assert.Equal(["张三", "李四"], (await Members(bot)).Select(m => m.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_person_on_several_rows_gets_every_account()
    {
        await using var bot = new BotHarness();
        var result = await Import(bot, "name,role,group,channelId,userId\n张三,党员,,msteams,t1\n张三,党员,,directline,d1\n");
        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.Equal(2, (await Members(bot)).Single().ChatAccounts.Count);
    }

    [Fact]
    public async Task A_file_with_only_a_header_is_refused()
    {
        await using var bot = new BotHarness();
        Assert.Equal([new RosterProblem.NoMembers()], (await Import(bot, "name,role,group,channelId,userId\n")).Errors);
        Assert.Equal([new RosterProblem.EmptyFile()], (await Import(bot, string.Empty)).Errors);
    }

    [Fact]
    public async Task An_imported_secretary_claims_the_branch_by_name()
    {
        await using var bot = new BotHarness();
        await Import(bot, "name,role,group,channelId,userId\n王书记,书记,,,\n张三,党员,,,\n");
        bot.User("wang", "王书记").Send($"初始化 {BotHarness.SetupCode} 一支部").ExpectReply("请确认你的姓名。如果是「王书记」，直接点下面的按钮").Send("王书记").ExpectReply("初始化完成");
        var members = await Members(bot);
        Assert.Equal(2, members.Count);
        Assert.Equal([new ChatAccount("test", "wang")], members.Single(m => m.Name == "王书记").ChatAccounts);
    }

    private sealed class MemberComparer : IEqualityComparer<Member>
    {
        public bool Equals(Member? x, Member? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Name == y.Name && x.Role == y.Role && x.GroupId == y.GroupId
            && x.ChatAccounts.SequenceEqual(y.ChatAccounts);

        public int GetHashCode(Member obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
