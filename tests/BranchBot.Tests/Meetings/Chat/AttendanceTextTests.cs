using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Tests.Meetings.Chat;

public class AttendanceTextTests
{
    private static readonly Meeting Meeting = new() { Id = "m1", Kind = MeetingKind.GeneralMeeting, StartsAt = DateTimeOffset.UnixEpoch, EndsAt = DateTimeOffset.UnixEpoch.AddHours(2), Audience = MeetingAudience.Branch };

    [Fact]
    public void A_branch_sized_list_names_everyone()
    {
        var text = MeetingTexts.Attendance("党员大会", new AttendanceSummary(Meeting, People("到", 30), [], [], People("缺", 2)));

        Assert.Contains("已签到（30）：到0、到1、", text, StringComparison.Ordinal);
        Assert.EndsWith("缺席（2）：缺0、缺1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("完整名单", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_longer_than_a_chat_message_holds_shows_the_first_names_and_points_to_the_console()
    {
        var absent = People("缺", 10_000);

        var text = MeetingTexts.Attendance("党员大会", new AttendanceSummary(Meeting, People("到", 3), [], [], absent));

        Assert.EndsWith($"缺席（10000）：{string.Join("、", absent.Take(MeetingTexts.NamesShownPerList).Select(m => m.Name))}等 10000 人（完整名单见控制台的「会议」页）", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"缺{MeetingTexts.NamesShownPerList}、", text, StringComparison.Ordinal);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(text) < 28_000, "over Teams' message size");
    }

    private static Member[] People(string prefix, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Member { Id = $"{prefix}{i}", Name = $"{prefix}{i}" })];
}
