using BranchBot.Dialogs.Meetings;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Intents;

/// <summary>
/// A room said in one breath with why it was chosen or what is done there ("改到一楼报告厅因为三楼那间要装修", "在二楼小会议室
/// 大家定一下明年计划"): the place is the room, the why is left out, what is done is the topic, and the change is still
/// shown for confirmation (tester-intents-12.tsv).
/// </summary>
public class PlaceThenWhyConversationTests
{
    [Theory]
    [InlineData("一楼报告厅因为三楼那间要装修", "一楼报告厅", null)]
    [InlineData("在二楼小会议室大家定一下明年计划", "二楼小会议室", "大家定一下明年计划")]
    [InlineData("五楼大会议室吧 那边宽敞", "五楼大会议室", null)]
    [InlineData("党员活动室陈静给预备党员讲一堂", "党员活动室", "陈静给预备党员讲一堂")]
    [InlineData("三楼会议室开年度", "三楼会议室", "年度")]
    [InlineData("支委们在书记办公室碰一下研究年底", "书记办公室", "碰一下研究年底")]
    public void The_place_ends_with_the_room(string words, string place, string? topic) =>
        Assert.Equal((place, topic), PlaceThenWhy.Split(words));

    [Theory]
    [InlineData("三楼会议室")]
    [InlineData("社区服务中心 志愿服务")]
    [InlineData("党员活动室隔壁的小房间")]
    [InlineData("社区服务中心门口")]
    [InlineData("五楼大会议室去三楼那个太小了坐不下")]
    public void A_place_alone_or_one_that_goes_on_is_no_run_on(string words) =>
        Assert.Null(PlaceThenWhy.Split(words));

    [Fact]
    public async Task A_new_place_with_its_reason_changes_the_place_only_after_confirmation()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("帮我把党员大会的地点改到一楼报告厅因为三楼那间要装修")
            .ExpectReply("地点由「三楼会议室」改为「一楼报告厅」")
            .Send("确认").ExpectReply("已修改");
    }

    [Fact]
    public async Task An_arrangement_with_the_room_and_what_is_done_there_takes_the_room_as_the_place()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("下周二晚上七点开个支委会吧在二楼小会议室大家定一下明年计划")
            .ExpectReply("地点：二楼小会议室");
    }
}
