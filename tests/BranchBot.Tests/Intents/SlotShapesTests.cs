using BranchBot.Dialogs.Intents;

namespace BranchBot.Tests.Intents;

/// <summary>The shapes that make a slot certain, and the moods that make a sentence ask for nothing now.</summary>
public class SlotShapesTests
{
    [Theory]
    [InlineData("三楼会议室", true)]
    [InlineData("1号楼205", true)]
    [InlineData("会议室B203", true)]
    [InlineData("社区服务中心", true)]
    [InlineData("线上", true)]
    [InlineData("A301", true)]
    [InlineData("到11点", false)]
    [InlineData("每月", false)]
    [InlineData("三楼会议室开党员大会", false)]
    [InlineData("12.20", false)]
    [InlineData("老王那边", false)]
    [InlineData("就在一楼活动室", false)]
    public void A_place_is_certain_only_in_a_place_shape(string place, bool certain) =>
        Assert.Equal(certain, SlotShapes.IsPlace(place));

    [Theory]
    [InlineData("刘洋", true)]
    [InlineData("欧阳明", true)]
    [InlineData("那个谁", false)]
    [InlineData("新同志", false)]
    public void A_new_members_name_is_certain_only_in_a_names_shape(string name, bool certain) =>
        Assert.Equal(certain, SlotShapes.IsPersonName(name));

    [Theory]
    [InlineData("下周三的党员大会我出差，请个假", "请假", true)]
    [InlineData("我不请假了", "请假", false)]
    [InlineData("如果下周三有事要请假吗", "请假", false)]
    [InlineData("上次党员大会我请过假", "请假", false)]
    [InlineData("老王还没签到", "签到", false)]
    [InlineData("帮刘洋请个假", "请假", false)]
    [InlineData("刘洋签到了没", "签到", false)]
    [InlineData("能帮我签个到吗", "签到", true)]
    [InlineData("支委会先不取消了", "取消会议", false)]
    [InlineData("周五支委会不开了", "取消会议", true)]
    public void A_sentence_asks_for_a_command_now_only_when_it_is_no_negation_hypothesis_report_or_question(string text, string command, bool asks) =>
        Assert.Equal(asks, RequestMood.AsksNow(text, command));
}
