using BranchBot.Core.Meetings;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Intents;

/// <summary>
/// The example bank's veto through the real bot (issue 13: no silent writes): a sentence the rules read for sure as a
/// change, which the tuning files' examples say is only passed on, is asked back "你是想…吗？" with the command as a
/// button; no preview is shown and the meeting stays as it was.
/// </summary>
public class ExampleBankVetoConversationTests
{
    [Fact]
    public async Task Hearsay_by_someone_off_the_roster_is_asked_back_not_previewed_and_nothing_changes()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        // The rules read 修改会议 for sure here (老张 is no roster name, so the hearsay guard does not see it).
        branch.Secretary.Send("老张说支委会改到周六").ExpectReply("你是想「修改会议");

        Assert.DoesNotContain("改为", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.NotEmpty(branch.Secretary.LastReply!.SuggestedActions?.Actions ?? []);
        branch.Secretary.ExpectNoMoreReplies();
        var upcoming = await bot.Services.GetRequiredService<MeetingService>().ListUpcomingAsync(10, CancellationToken.None);
        var committee = Assert.Single(upcoming, m => m.Kind == MeetingKind.CommitteeMeeting);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 19, 0, 0, TimeSpan.FromHours(8)), committee.StartsAt);
    }

    [Fact]
    public async Task A_change_said_as_a_request_still_opens_its_preview()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("支委会改到周六").ExpectReply("改为");
    }
}
