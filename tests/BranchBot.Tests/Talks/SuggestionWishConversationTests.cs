using BranchBot.Tests.Intents;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Talks;

/// <summary>
/// A member with a suggestion who does not say whether it is signed ("我有个建议 以后开会能不能早点通知") used to get
/// "没有找到确切规定". They are asked which way, each button carrying what they said: signed, it is kept in 谈心 as the
/// answer about the branch's work; anonymous, it is sent as 匿名建议. Nothing is sent before a button is pressed.
/// </summary>
public class SuggestionWishConversationTests
{
    [Fact]
    public async Task A_suggestion_is_asked_signed_or_anonymous_and_signed_it_is_the_talk_s_answer_about_the_branch()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.ChenJing.Send("我有个建议 以后开会能不能早点通知")
            .ExpectReply("谢谢你的建议").WithButtons("署名写给书记", "匿名建议");
        branch.Secretary.ExpectNoMoreReplies();

        branch.ChenJing.Press("署名写给书记").ExpectReply("作为「对支部工作的意见建议」的回答");
        branch.ChenJing.Send("跳过").SkipReplies().Send("跳过").SkipReplies().Send("跳过")
            .ExpectReply("以后开会能不能早点通知");
    }

    [Fact]
    public async Task Chosen_anonymous_the_same_words_are_sent_without_a_name()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.LiuYang.Send("想给支部提点意见：学习材料能不能提前一天发").ExpectReply("谢谢你的建议");
        branch.LiuYang.Press("匿名建议").ExpectReply("已匿名提交你的建议");
        branch.Secretary.Send("匿名建议列表").ExpectReply("学习材料能不能提前一天发");
    }

    [Theory]
    [InlineData("我想匿名提个建议 会少开点")]
    [InlineData("我有个建议 应该找谁提")]
    [InlineData("刘洋有个建议说党课换个时间")]
    public async Task An_anonymous_suggestion_a_question_how_or_someone_else_s_is_not_asked_this_way(string typed)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.ChenJing.Send(typed).ExpectReplyNotContaining(string.Empty, "署名写给书记");
    }
}
