using BranchBot.Tests.Intents;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Meetings;

/// <summary>
/// A member whose plans changed says so loosely ("唉不用请了 出差推迟了我能来") and, offered 撤销请假, answers in the same
/// words ("不用请假了"): both are the taking back, neither a no. A no to another offer stays a no.
/// </summary>
public class LeaveTakenBackLooselyConversationTests
{
    [Fact]
    public async Task Not_asking_for_leave_after_all_is_offered_as_撤销请假()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.LiuYang.Send("请假 党员大会 要出差").ExpectReply("已提交请假申请");
        branch.Secretary.SkipReplies();

        branch.LiuYang.Send("唉不用请了 出差推迟了我能来").ExpectReply("你是想「撤销请假");
    }

    [Fact]
    public async Task Answering_the_offer_with_不用请假了_offers_its_button_again_rather_than_dropping_it()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.LiuYang.Send("请假 党员大会 要出差").ExpectReply("已提交请假申请");
        branch.Secretary.SkipReplies();
        branch.LiuYang.Send("请假那个我撤回吧").ExpectReply("你是想「撤销请假」吗？");

        branch.LiuYang.Send("嗯 不用请假了").ExpectReply("请点下面的「撤销请假」按钮确认").WithButtons("撤销请假");
        branch.LiuYang.Press("撤销请假").ExpectReply("已撤销请假：12月2日（星期三）14:30 党员大会");
    }

    [Fact]
    public async Task Taking_leave_back_by_voice_input_with_spaces_between_words_is_still_taking_it_back()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.LiuYang.Send("请假 党员大会 要出差").ExpectReply("已提交请假申请");
        branch.Secretary.SkipReplies();

        branch.LiuYang.Send("请假 那个 我撤回吧").ExpectReply("你是想「撤销请假」吗？");
        branch.Secretary.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task A_no_to_an_offered_请假_stays_a_no()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.LiuYang.Send("周三的党员大会我可能去不了").ExpectReply("你是想「请假");

        branch.LiuYang.Send("算了不请假了").ExpectReply("好的，不做了");
        branch.Secretary.ExpectNoMoreReplies();
    }
}
