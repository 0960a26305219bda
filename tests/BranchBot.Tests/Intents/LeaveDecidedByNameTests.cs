using static BranchBot.Tests.Intents.SecretaryReadings;

namespace BranchBot.Tests.Intents;

/// <summary>
/// tester-intents-14/-15.tsv: "那把陈静的也批了" right after the leave shown, and 家 typed for 假 ("刘洋的家批了"): what a
/// member has that the committee 批s with no other word for it is their leave (批准请假, offered with its button).
/// </summary>
public class LeaveDecidedByNameTests
{
    [Theory]
    [InlineData("那把陈静的也批了", "批准请假|姓名=陈静")]
    [InlineData("那张丽华的也批了吧", "批准请假|姓名=张丽华")]
    [InlineData("刘洋的家批了", "批准请假|姓名=刘洋")]
    public async Task A_members_thing_approved_with_no_other_word_is_their_leave(string line, string expected)
    {
        var reading = await ReadAsync(line);

        Assert.NotNull(reading);
        AssertCarries(line, reading!, expected);
    }
}
