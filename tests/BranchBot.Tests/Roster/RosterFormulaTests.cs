using System.Text;
using BranchBot.Core.Membership;
using BranchBot.Core.Membership.Roster;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Roster;

/// <summary>Security review issue 11, item 8: exported cells never run as spreadsheet formulas, and still import back.</summary>
public class RosterFormulaTests
{
    private static async Task<BotHarness> BranchWithFormulaNamesAsync()
    {
        var bot = new BotHarness();
        bot.ClaimedBranch();
        foreach (var (name, group) in new[] { ("=1+2", "=HYPERLINK(example)"), ("@SUM(A1)", null), ("-2+3", null), ("+1", "'=已是文本") })
        {
            var added = await bot.Membership.AddMemberAsync(name, group, CancellationToken.None);
            Assert.True(added.Succeeded, added.Problem?.ToString());
        }

        return bot;
    }

    private static Task<string> ExportAsync(BotHarness bot) =>
        bot.Services.GetRequiredService<RosterExporter>().ExportAsync(CancellationToken.None);

    [Fact]
    public async Task Cells_starting_like_a_formula_are_exported_with_a_protective_apostrophe()
    {
        await using var bot = await BranchWithFormulaNamesAsync();
        var store = bot.Services.GetRequiredService<IMembershipStore>();
        var member = (await bot.Membership.FindByNameAsync("-2+3", CancellationToken.None))!;
        await store.ApplyAsync(new MembershipChange { Members = [member.WithAccount(new ChatAccount("=WEBSERVICE(x)", "-cmd"))] }, CancellationToken.None);

        var lines = (await ExportAsync(bot)).Split('\n');

        Assert.Contains("'=1+2,member,'=HYPERLINK(example),,", lines);
        Assert.Contains("'@SUM(A1),member,,,", lines);
        Assert.Contains("'+1,member,''=已是文本,,", lines);
        Assert.Contains("'-2+3,member,,'=WEBSERVICE(x),'-cmd", lines);
    }

    [Fact]
    public async Task Importing_an_exported_roster_gives_back_the_original_names_and_groups()
    {
        await using var bot = await BranchWithFormulaNamesAsync();
        var before = await bot.Membership.ListMembersAsync(CancellationToken.None);
        var exported = await ExportAsync(bot);

        var result = await bot.Services.GetRequiredService<RosterImporter>().ImportAsync(Encoding.UTF8.GetBytes(exported), MembershipActor.Operator, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.Equal(0, result.Added);
        Assert.Equal(0, result.Updated);
        Assert.Equal(before.Select(m => (m.Name, m.GroupId)).Order(), (await bot.Membership.ListMembersAsync(CancellationToken.None)).Select(m => (m.Name, m.GroupId)).Order());
        Assert.Equal(["'=已是文本", "=HYPERLINK(example)"], (await bot.Membership.ListGroupsAsync(CancellationToken.None)).Select(g => g.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("=WEBSERVICE(x)", "'=WEBSERVICE(x)")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("+1", "'+1")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("'=x", "''=x")]
    [InlineData("张三", "张三")]
    [InlineData("'张三", "'张三")]
    [InlineData("", "")]
    public void The_guard_protects_formula_cells_and_its_inverse_gives_them_back(string value, string protectedValue)
    {
        Assert.Equal(protectedValue, FormulaGuard.Protect(value));
        Assert.Equal(value, FormulaGuard.Unprotect(protectedValue));
    }

    [Fact]
    public void An_apostrophe_a_person_typed_before_ordinary_text_is_kept_on_import()
    {
        Assert.Equal("'张三", FormulaGuard.Unprotect("'张三"));
        Assert.Equal("=1", FormulaGuard.Unprotect("'=1"));
    }
}
