using System.Text;
using BranchBot.Cli;
using BranchBot.Core.Membership;
using BranchBot.Core.Membership.Roster;
using BranchBot.Core.WebConsole;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Membership;

/// <summary>Security review issue 11, item 1: only the 书记 appoints or dismisses the branch's leading offices, in every path.</summary>
public class RoleChangeRulesTests
{
    private const string Header = "name,role,group,channelId,userId\n";

    /// <summary>王书记, 李支委 (支委, 第一党小组) and 张三 (党员, 第一党小组), all joined from chat.</summary>
    private static (ConversationScript Secretary, ConversationScript Committee, ConversationScript Zhang) Branch(BotHarness bot)
    {
        var secretary = bot.ClaimedBranch();
        var committee = bot.JoinedMember(secretary, "li", "李支委", "第一党小组");
        var zhang = bot.JoinedMember(secretary, "zhang", "张三", "第一党小组");
        secretary.Send("设置角色 李支委 支委").ExpectReply("改为支委");
        committee.ExpectNotification("你在支部中的角色已由党员改为支委");
        bot.Clock.Advance(TimeSpan.FromSeconds(10));
        return (secretary, committee, zhang);
    }

    private static async Task<MemberRole> RoleOf(BotHarness bot, string name) =>
        (await bot.Membership.FindByNameAsync(name, CancellationToken.None))!.Role;

    private static async Task<Member> MemberNamed(BotHarness bot, string name) =>
        (await bot.Membership.FindByNameAsync(name, CancellationToken.None))!;

    private static Task<RosterImportResult> ImportAsync(BotHarness bot, MembershipActor actor, string csv) =>
        bot.Services.GetRequiredService<RosterImporter>().ImportAsync(Encoding.UTF8.GetBytes(Header + csv), actor, CancellationToken.None);

    private static async Task<IReadOnlyList<ConsoleAuditEntry>> AuditAsync(BotHarness bot) =>
        await bot.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(100, CancellationToken.None);

    [Fact]
    public async Task A_committee_member_importing_himself_as_secretary_and_the_secretary_as_member_is_refused_as_a_whole()
    {
        await using var bot = new BotHarness();
        var (_, committee, _) = Branch(bot);

        var result = await ImportAsync(bot, MembershipActor.InConsole(await MemberNamed(bot, "李支委")), "李支委,书记,第一党小组,,\n王书记,党员,,,\n新同志,党员,,,\n");

        Assert.Contains(new RosterProblem.Refused(2, new RoleChangeProblem.OwnRole(MemberRole.Committee)), result.Errors);
        Assert.Contains(new RosterProblem.Refused(3, new RoleChangeProblem.LeadingOffice("王书记", MemberRole.Secretary, MemberRole.Member)), result.Errors);
        Assert.Equal(MemberRole.Committee, await RoleOf(bot, "李支委"));
        Assert.Equal(MemberRole.Secretary, await RoleOf(bot, "王书记"));
        Assert.Null(await bot.Membership.FindByNameAsync("新同志", CancellationToken.None));
        committee.Send("匿名建议列表").ExpectReply("只有支部书记");
    }

    [Fact]
    public async Task A_committee_member_cannot_bind_a_chat_account_to_the_secretary_or_move_the_secretary_by_import()
    {
        await using var bot = new BotHarness();
        Branch(bot);
        var actor = MembershipActor.InConsole(await MemberNamed(bot, "李支委"));

        var bind = await ImportAsync(bot, actor, "王书记,书记,,test,li-second-phone\n");
        var move = await ImportAsync(bot, actor, "王书记,书记,第一党小组,,\n");

        Assert.Equal([new RosterProblem.Refused(2, new RoleChangeProblem.BindLeadingOffice())], bind.Errors);
        Assert.Equal([new RosterProblem.Refused(2, new RoleChangeProblem.MoveLeadingOffice("王书记", MemberRole.Secretary))], move.Errors);
        Assert.DoesNotContain(new ChatAccount("test", "li-second-phone"), (await MemberNamed(bot, "王书记")).ChatAccounts);
    }

    [Fact]
    public async Task A_committee_member_cannot_change_his_own_role_or_appoint_a_deputy_by_import()
    {
        await using var bot = new BotHarness();
        Branch(bot);
        var actor = MembershipActor.InConsole(await MemberNamed(bot, "李支委"));

        var own = await ImportAsync(bot, actor, "李支委,党员,第一党小组,,\n");
        var deputy = await ImportAsync(bot, actor, "张三,副书记,第一党小组,,\n新同志,书记,,,\n王书记,党员,,,\n");

        Assert.Equal([new RosterProblem.Refused(2, new RoleChangeProblem.OwnRole(MemberRole.Committee))], own.Errors);
        Assert.Contains(new RosterProblem.Refused(2, new RoleChangeProblem.LeadingOffice("张三", MemberRole.Member, MemberRole.DeputySecretary)), deputy.Errors);
        Assert.Contains(new RosterProblem.Refused(3, new RoleChangeProblem.NewMemberLeadingOffice(MemberRole.Secretary)), deputy.Errors);
        Assert.Equal(MemberRole.Committee, await RoleOf(bot, "李支委"));
        Assert.Equal(MemberRole.Member, await RoleOf(bot, "张三"));
    }

    [Fact]
    public async Task A_committee_member_may_still_import_ordinary_changes_and_the_person_is_told()
    {
        await using var bot = new BotHarness();
        var (_, _, zhang) = Branch(bot);

        var result = await ImportAsync(bot, MembershipActor.InConsole(await MemberNamed(bot, "李支委")), "张三,党小组长,第一党小组,,\n");

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        zhang.ExpectNotification("你在支部中的角色已由党员改为党小组长（李支委经控制台操作）");
        Assert.Contains(await AuditAsync(bot), e => e is { Action: "修改角色", MemberName: "李支委", Detail: "「张三」党员→党小组长（经控制台）" });
    }

    [Fact]
    public async Task The_secretary_may_hand_over_by_console_import_and_both_are_told_and_audited()
    {
        await using var bot = new BotHarness();
        var (secretary, committee, _) = Branch(bot);

        var result = await ImportAsync(bot, MembershipActor.InConsole(await MemberNamed(bot, "王书记")), "李支委,书记,第一党小组,,\n王书记,支委,,,\n");

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.Equal(MemberRole.Secretary, await RoleOf(bot, "李支委"));
        committee.ExpectNotification("你在支部中的角色已由支委改为书记（王书记经控制台操作）");
        secretary.ExpectNotification("你在支部中的角色已由书记改为支委");
        var audit = await AuditAsync(bot);
        Assert.Contains(audit, e => e is { Action: "修改角色", MemberName: "王书记", Detail: "「李支委」支委→书记（经控制台）" });
        Assert.Contains(audit, e => e is { Action: "修改角色", MemberName: "王书记", Detail: "「王书记」书记→支委（经控制台）" });
    }

    [Fact]
    public async Task The_roster_cli_is_the_operator_and_may_change_any_role_which_is_told_and_audited()
    {
        await using var bot = new BotHarness();
        var (secretary, _, zhang) = Branch(bot);
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, Header + "张三,书记,第一党小组,,\n王书记,党员,,,\n");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CliVerbs.RunAsync(bot.Services, ["roster", "import", file], output, error);

        Assert.True(code == 0, error.ToString());
        Assert.Equal(MemberRole.Secretary, await RoleOf(bot, "张三"));
        zhang.ExpectNotification("你在支部中的角色已由党员改为书记（服务器管理员经命令行操作）");
        secretary.ExpectNotification("你在支部中的角色已由书记改为党员");
        Assert.Contains(await AuditAsync(bot), e => e is { Action: "修改角色", MemberId: null, MemberName: "服务器管理员", Detail: "「王书记」书记→党员（经命令行）" });
        File.Delete(file);
    }

    [Fact]
    public async Task A_committee_member_cannot_set_roles_in_chat()
    {
        await using var bot = new BotHarness();
        var (_, committee, _) = Branch(bot);

        committee.Send("设置角色 李支委 书记").ExpectReply("只有支部书记可以使用「设置角色」");
        committee.Send("设置角色 王书记 党员").ExpectReply("只有支部书记可以使用「设置角色」");

        Assert.Equal(MemberRole.Committee, await RoleOf(bot, "李支委"));
        Assert.Equal(MemberRole.Secretary, await RoleOf(bot, "王书记"));
    }

    [Fact]
    public async Task A_stale_secretary_record_does_not_let_a_former_secretary_set_roles()
    {
        await using var bot = new BotHarness();
        Branch(bot);
        var formerSecretary = await MemberNamed(bot, "王书记");
        var handedOver = await bot.Membership.ChangeRoleAsync("张三", MemberRole.Secretary, formerSecretary, CancellationToken.None);
        Assert.True(handedOver.Succeeded, handedOver.Problem?.ToString());

        var again = await bot.Membership.ChangeRoleAsync("王书记", MemberRole.Secretary, formerSecretary, CancellationToken.None);

        Assert.Equal(new MembershipProblem.RoleChangeNotAllowed(), again.Problem);
        Assert.Equal(MemberRole.Secretary, await RoleOf(bot, "张三"));
    }

    [Fact]
    public async Task The_secretary_setting_a_role_in_chat_tells_the_person_and_writes_the_audit_log()
    {
        await using var bot = new BotHarness();
        var (secretary, _, zhang) = Branch(bot);

        secretary.Send("设置角色 张三 副书记").ExpectReply("已将「张三」的角色由党员改为副书记");

        zhang.ExpectNotification("你在支部中的角色已由党员改为副书记（王书记经聊天操作）");
        Assert.Contains(await AuditAsync(bot), e => e is { Action: "修改角色", MemberName: "王书记", Detail: "「张三」党员→副书记（经聊天）" });
    }

    [Fact]
    public async Task A_committee_member_cannot_move_the_secretary_or_deputy_to_another_group_in_chat()
    {
        await using var bot = new BotHarness();
        var (secretary, committee, _) = Branch(bot);
        secretary.Send("设置角色 张三 副书记").ExpectReply("改为副书记");

        committee.Send("设置党小组 王书记 第二党小组").ExpectReply("只有书记可以调整书记「王书记」的党小组");
        committee.Send("设置党小组 张三 第二党小组").ExpectReply("只有书记可以调整副书记「张三」的党小组");
        secretary.Send("设置党小组 张三 第二党小组").ExpectReply("已将「张三」调整到「第二党小组」（新建的党小组）。");

        Assert.Null((await MemberNamed(bot, "王书记")).GroupId);
    }

    [Fact]
    public async Task Moving_a_group_leader_out_of_the_group_tells_them_they_are_no_longer_leader()
    {
        await using var bot = new BotHarness();
        var (secretary, committee, zhang) = Branch(bot);
        secretary.Send("设置角色 张三 党小组长").ExpectReply("改为党小组长");
        zhang.ExpectNotification("由党员改为党小组长");

        committee.Send("设置党小组 张三 第二党小组").ExpectReply("第二党小组");

        zhang.ExpectNotification("你在支部中的角色已由党小组长改为党员（李支委经聊天操作）");
    }

    [Fact]
    public async Task A_committee_member_cannot_remove_the_secretary_or_a_deputy()
    {
        await using var bot = new BotHarness();
        var (secretary, committee, _) = Branch(bot);
        secretary.Send("设置角色 张三 副书记").ExpectReply("改为副书记");

        committee.Send("移除党员 王书记").ExpectReply("确认将「王书记」移出支部吗？").Send("是").ExpectReply("不能移除支部书记");
        committee.Send("移除党员 张三").ExpectReply("确认将「张三」移出支部吗？").Send("是").ExpectReply("只有书记可以移除副书记和支委");

        Assert.True((await MemberNamed(bot, "张三")).IsActive);
    }
}
