using BranchBot.Core.Membership;
using BranchBot.Core.Talks;
using static BranchBot.Tests.Talks.TalkBranch;

namespace BranchBot.Tests.Talks;

public class SuggestionTests
{
    [Fact]
    public async Task The_stored_suggestion_holds_only_a_random_id_the_branch_the_date_and_protected_text()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");

        var submitted = await branch.Suggestions.SubmitAnonymousAsync(" 希望支部多组织专题学习 ", None);

        Assert.True(submitted.Succeeded, submitted.Problem?.ToString());
        var document = Assert.Single(branch.Raw("suggestions"));
        // The branch says no more than the readers (its committee) know: the suggestion came from one of their members.
        Assert.Equal(new[] { "_id", "BranchId", "Date", "Text" }.Order(StringComparer.Ordinal), document.Keys.Order(StringComparer.Ordinal));
        Assert.Matches("^[0-9a-f]{32}$", document["_id"].AsString);
        Assert.Equal("2026-11-25", document["Date"].AsString);
        Assert.StartsWith(TestContentProtector.Marker, document["Text"].AsString, StringComparison.Ordinal);
        var raw = document.ToString();
        Assert.DoesNotContain("专题学习", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(zhang.Id, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("10:00", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("02:00", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_about_the_sender_is_logged_when_a_suggestion_is_made()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        branch.Logs.Lines.Clear();

        await branch.Suggestions.SubmitAnonymousAsync("会议能否缩短一些", None);
        await branch.Suggestions.ListAsync(branch.Secretary, None);

        var logged = string.Join('\n', branch.Logs.Lines);
        Assert.DoesNotContain(zhang.Id, logged, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("会议能否缩短", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_secretary_reads_suggestions_newest_day_first_and_others_are_refused()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        var committee = await branch.AddAsync("陈委员", MemberRole.Committee);
        await branch.Suggestions.SubmitAnonymousAsync("第一天的建议", None);
        branch.SetNow(Beijing(2026, 11, 27, 20));
        await branch.Suggestions.SubmitAnonymousAsync("后来的建议", None);

        var listed = await branch.Suggestions.ListAsync(branch.Secretary, None);
        var byMember = await branch.Suggestions.ListAsync(zhang, None);
        var byCommittee = await branch.Suggestions.ListAsync(committee, None);

        Assert.Equal([(new DateOnly(2026, 11, 27), "后来的建议"), (new DateOnly(2026, 11, 25), "第一天的建议")], listed.Value!.Select(s => (s.Date, s.Text)));
        Assert.Equal(new TalkProblem.SecretaryOnly(), byMember.Problem);
        Assert.Equal(new TalkProblem.SecretaryOnly(), byCommittee.Problem);
    }

    [Fact]
    public async Task An_empty_or_overlong_suggestion_is_refused_and_nothing_is_stored()
    {
        await using var branch = await CreateAsync();

        var empty = await branch.Suggestions.SubmitAnonymousAsync("  ", None);
        var overlong = await branch.Suggestions.SubmitAnonymousAsync(new string('建', 1001), None);

        Assert.Equal(new TalkProblem.SuggestionEmpty(), empty.Problem);
        Assert.Equal(new TalkProblem.SuggestionTooLong(SuggestionService.MaxLength), overlong.Problem);
        Assert.Empty(branch.Raw("suggestions"));
    }
}
