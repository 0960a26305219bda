using BranchBot.Core.Membership;
using BranchBot.Core.Membership.Roster;
using BranchBot.Core.Text;
using BranchBot.Dialogs.Membership;
using BranchBot.Roster;

namespace BranchBot.Tests.Membership;

/// <summary>Every membership, recovery, role-change and roster problem has its sentence (issue 15: the domain speaks no chat).</summary>
public sealed class MembershipProblemTextsTests
{
    private static readonly MembershipProblem[] MembershipProblems =
    [
        new MembershipProblem.Text(new TextProblem.Empty(TextField.MemberName)),
        new MembershipProblem.AlreadyClaimed("机关第一党支部"),
        new MembershipProblem.WrongSetupCode(),
        new MembershipProblem.AccountBoundElsewhere("张三"),
        new MembershipProblem.NameTaken("张三"),
        new MembershipProblem.AlreadyMember("张三"),
        new MembershipProblem.InviteNotValid(),
        new MembershipProblem.InviteExpired(),
        new MembershipProblem.InviteeGone(),
        new MembershipProblem.MemberNotFound("张三"),
        new MembershipProblem.RemovalNotAllowed(),
        new MembershipProblem.RoleChangeNotAllowed(),
        new MembershipProblem.AlreadyHasRole("张三", MemberRole.Committee),
        new MembershipProblem.SecretaryOwnRole(),
        new MembershipProblem.LeaderWithoutGroup("张三"),
        new MembershipProblem.AlreadyInGroup("张三", "第一党小组"),
        new MembershipProblem.Refused(new RoleChangeProblem.RemoveSelf()),
    ];

    private static readonly RecoveryProblem[] RecoveryProblems =
    [
        new RecoveryProblem.NotClaimed(),
        new RecoveryProblem.NoSecretary(),
        new RecoveryProblem.WrongOrExpired(),
        new RecoveryProblem.AlreadyBound("张三"),
        new RecoveryProblem.TooSoon(TimeSpan.FromSeconds(30)),
        new RecoveryProblem.BranchNeeded(["机关第一党支部", "第二党支部"]),
        new RecoveryProblem.UnknownBranch("第九支部"),
        new RecoveryProblem.AmbiguousBranch("第一党支部", ["机关党总支/第一党支部", "后勤党总支/第一党支部"]),
    ];

    private static readonly RoleChangeProblem[] RoleChangeProblems =
    [
        new RoleChangeProblem.OwnRole(MemberRole.Committee),
        new RoleChangeProblem.NewMemberLeadingOffice(MemberRole.Secretary),
        new RoleChangeProblem.LeadingOffice("张三", MemberRole.Member, MemberRole.DeputySecretary),
        new RoleChangeProblem.RemoveSelf(),
        new RoleChangeProblem.RemoveSecretary(),
        new RoleChangeProblem.RemoveCommittee(),
        new RoleChangeProblem.MoveLeadingOffice("王书记", MemberRole.Secretary),
        new RoleChangeProblem.BindLeadingOffice(),
    ];

    private static readonly RosterProblem[] RosterProblems =
    [
        new RosterProblem.EmptyFile(),
        new RosterProblem.NoMembers(),
        new RosterProblem.UnclosedQuote(2),
        new RosterProblem.UnknownBranch(2, "第九支部"),
        new RosterProblem.AmbiguousBranch(2, "第一党支部", ["机关党总支/第一党支部", "后勤党总支/第一党支部"]),
        new RosterProblem.BranchNotWritable(3, "第二党支部"),
        new RosterProblem.AccountInOtherBranch(2, new ChatAccount("test", "li")),
        new RosterProblem.UnknownColumn("姓名"),
        new RosterProblem.RepeatedColumn("name"),
        new RosterProblem.NoNameColumn(),
        new RosterProblem.Row(3,
        [
            new RosterFieldProblem.TooManyFields(6),
            new RosterFieldProblem.Text(new TextProblem.ForbiddenSymbols(TextField.MemberName)),
            new RosterFieldProblem.UnknownRole("主任"),
            new RosterFieldProblem.LeaderWithoutGroup(),
            new RosterFieldProblem.HalfAccount(),
        ]),
        new RosterProblem.AccountRepeated(4, new ChatAccount("x", "1"), 3, "乙"),
        new RosterProblem.AccountBound(2, new ChatAccount("test", "secretary"), "王书记"),
        new RosterProblem.SecondSecretary(3, 2, "甲"),
        new RosterProblem.IncumbentSecretary(2, "王书记"),
        new RosterProblem.SecondGroupLeader(5, "一组", "丙", 4),
        new RosterProblem.RepeatedDifferently(3, "张三", 2),
        new RosterProblem.RepeatedWithoutAccount(3, "张三", 2),
        new RosterProblem.Refused(2, new RoleChangeProblem.BindLeadingOffice()),
    ];

    [Fact]
    public void Every_case_is_listed_here()
    {
        AssertCovers(MembershipProblems);
        AssertCovers(RecoveryProblems);
        AssertCovers(RoleChangeProblems);
        AssertCovers(RosterProblems);
    }

    [Fact]
    public void Every_problem_has_a_sentence()
    {
        Assert.All(MembershipProblems, p => Assert.NotEmpty(MembershipProblemTexts.Say(p)));
        Assert.All(RecoveryProblems, p => Assert.NotEmpty(MembershipProblemTexts.Say(p)));
        Assert.All(RoleChangeProblems, p => Assert.NotEmpty(RoleChangeTexts.Say(p)));
        Assert.All(RosterProblems, p => Assert.NotEmpty(RosterTexts.Problem(p)));
        Assert.NotEmpty(RosterTexts.Note(new RosterNote.GroupLeaderReplaced("丙")));
        Assert.All(Enum.GetValues<MembershipDoor>(), d => Assert.NotEmpty(RoleChangeTexts.Door(d)));
    }

    [Fact]
    public void The_sentences_are_the_ones_people_read_before()
    {
        Assert.Equal("没有找到党员「张三」。发送「党员名单」查看支部全部成员。", MembershipProblemTexts.Say(new MembershipProblem.MemberNotFound("张三")));
        Assert.Equal("姓名不能为空。", MembershipProblemTexts.Say(new MembershipProblem.Text(new TextProblem.Empty(TextField.MemberName))));
        Assert.Equal("不能移除你自己。如需离开支部，请由书记操作。", MembershipProblemTexts.Say(new MembershipProblem.Refused(new RoleChangeProblem.RemoveSelf())));
        Assert.Equal("刚刚已生成过找回码，请查看服务器日志；如需新的找回码，请在 1 分钟后再试。", MembershipProblemTexts.Say(new RecoveryProblem.TooSoon(TimeSpan.FromSeconds(30))));
        Assert.Equal("刚刚已生成过找回码，请查看服务器日志；如需新的找回码，请在 5 分钟后再试。", MembershipProblemTexts.Say(new RecoveryProblem.TooSoon(TimeSpan.FromSeconds(241))));
        Assert.Equal(
            "第 3 行：有 6 列，比表头多（姓名里有逗号时请加引号）；姓名不能包含逗号、分号、引号、尖括号、方括号或 * _ ` \\ ~ 等符号。",
            RosterTexts.Problem(new RosterProblem.Row(3, [new RosterFieldProblem.TooManyFields(6), new RosterFieldProblem.Text(new TextProblem.ForbiddenSymbols(TextField.MemberName))])));
        Assert.Equal("文件里除了表头没有任何党员。", RosterTexts.Problem(new RosterProblem.NoMembers()));
        Assert.Equal("第 1 行：列「name」重复。", RosterTexts.Problem(new RosterProblem.RepeatedColumn("name")));
        Assert.Equal("第 2 行：只有书记可以为书记、副书记绑定聊天账号。", RosterTexts.Problem(new RosterProblem.Refused(2, new RoleChangeProblem.BindLeadingOffice())));
    }

    [Fact]
    public void Two_rows_with_the_same_problems_are_equal()
    {
        Assert.Equal(
            new RosterProblem.Row(2, [new RosterFieldProblem.HalfAccount()]),
            new RosterProblem.Row(2, new List<RosterFieldProblem> { new RosterFieldProblem.HalfAccount() }));
        Assert.NotEqual(new RosterProblem.Row(2, [new RosterFieldProblem.HalfAccount()]), new RosterProblem.Row(3, [new RosterFieldProblem.HalfAccount()]));
    }

    private static void AssertCovers<T>(IEnumerable<T> listed)
    {
        var cases = typeof(T).GetNestedTypes().Where(t => !t.IsAbstract && t.IsAssignableTo(typeof(T))).Select(t => t.Name).Order(StringComparer.Ordinal);
        Assert.Equal(cases, listed.Select(p => p!.GetType().Name).Distinct().Order(StringComparer.Ordinal));
    }
}
