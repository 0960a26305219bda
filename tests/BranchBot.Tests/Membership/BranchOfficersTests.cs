using BranchBot.Core.Membership;

namespace BranchBot.Tests.Membership;

/// <summary>The named rules of who among the officers receives a notice.</summary>
public class BranchOfficersTests
{
    private static readonly DateTimeOffset Removed = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static Member Person(string name, MemberRole role, bool removed = false) =>
        new() { Id = name, Name = name, Role = role, RemovedAt = removed ? Removed : null };

    private static readonly Member Secretary = Person("王书记", MemberRole.Secretary);
    private static readonly Member FormerSecretary = Person("老书记", MemberRole.Secretary, removed: true);
    private static readonly Member Deputy = Person("李副书记", MemberRole.DeputySecretary);
    private static readonly Member FormerDeputy = Person("老副书记", MemberRole.DeputySecretary, removed: true);
    private static readonly Member Committee = Person("赵委员", MemberRole.Committee);
    private static readonly Member Plain = Person("张三", MemberRole.Member);

    private static readonly Member[] Branch = [Plain, FormerSecretary, Deputy, Committee, Secretary, FormerDeputy];

    private static IEnumerable<string> Names(IReadOnlyList<Member> members) => members.Select(m => m.Name);

    [Fact]
    public void Secretary_else_deputies_is_the_active_secretary_while_there_is_one()
    {
        Assert.Equal(["王书记"], Names(BranchOfficers.Among(Branch, OfficerRule.SecretaryElseDeputies)));
    }

    [Fact]
    public void Secretary_else_deputies_falls_back_to_the_active_deputies_without_an_active_secretary()
    {
        Member[] noSecretary = [Plain, FormerSecretary, Deputy, Committee, FormerDeputy];

        Assert.Equal(["李副书记"], Names(BranchOfficers.Among(noSecretary, OfficerRule.SecretaryElseDeputies)));
    }

    [Fact]
    public void Secretaries_only_never_falls_back_to_a_deputy()
    {
        Member[] noSecretary = [Plain, FormerSecretary, Deputy, Committee];

        Assert.Equal(["王书记"], Names(BranchOfficers.Among(Branch, OfficerRule.SecretariesOnly)));
        Assert.Empty(BranchOfficers.Among(noSecretary, OfficerRule.SecretariesOnly));
    }

    [Fact]
    public void Secretary_and_deputies_are_every_active_secretary_and_deputy_in_roster_order()
    {
        Assert.Equal(["李副书记", "王书记"], Names(BranchOfficers.Among(Branch, OfficerRule.SecretaryAndDeputies)));
    }

    [Theory]
    [InlineData(OfficerRule.SecretariesOnly)]
    [InlineData(OfficerRule.SecretaryAndDeputies)]
    [InlineData(OfficerRule.SecretaryElseDeputies)]
    public void The_person_who_acted_is_left_out(OfficerRule rule)
    {
        Assert.DoesNotContain("王书记", Names(BranchOfficers.Among(Branch, rule, except: Secretary)));
    }

    [Fact]
    public void Leaving_out_a_deputy_keeps_the_secretary()
    {
        Assert.Equal(["王书记"], Names(BranchOfficers.Among(Branch, OfficerRule.SecretaryAndDeputies, except: Deputy)));
    }
}
