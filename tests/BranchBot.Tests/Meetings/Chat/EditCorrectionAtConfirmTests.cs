using BranchBot.Tests.Intents;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Meetings.Chat;

/// <summary>
/// "不对 推迟一个小时" at a time change's 确认吗？ says which time was meant: the corrected change is shown for
/// confirmation again (worked out from the meeting's own time), instead of "会议保持不变" and the correction lost.
/// </summary>
public class EditCorrectionAtConfirmTests
{
    [Theory]
    [InlineData("不对 推迟一个小时", "15:30")]
    [InlineData("不是，改到下午四点", "16:00")]
    [InlineData("不对，应该是下午3点半", "15:30")]
    public async Task A_correction_at_the_confirmation_is_shown_again_then_changed(string correction, string meant)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("党员大会推迟半小时").ExpectReply("改为「12月2日（星期三）15:00」")
            .Send(correction).ExpectReply($"由「12月2日（星期三）14:30」改为「12月2日（星期三）{meant}」")
            .Send("确定").ExpectReply($"已修改：12月2日（星期三）{meant}");
    }

    [Theory]
    [InlineData("不修改")]
    [InlineData("不对")]
    public async Task A_plain_no_keeps_the_meeting(string no)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("党员大会推迟半小时").ExpectReply("改为「12月2日（星期三）15:00」")
            .Send(no).ExpectReply("会议保持不变");
    }
}
