using BranchBot.Tests.Support;

namespace BranchBot.Tests.Intents;

/// <summary>Asking the 书记 for a talk in the words members type, the 书记 addressed as 你 or 您.</summary>
public class TalkRequestPhrasingTests
{
    [Theory]
    [InlineData("书记我想找你聊聊")]
    [InlineData("书记，有空的话想跟你谈谈")]
    [InlineData("王书记，我想找您谈谈心")]
    public async Task Addressing_the_secretary_as_you_asks_for_a_talk_and_sends_nothing_until_asked(string sentence)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send(sentence).ExpectReply("谈心谈话一般当面进行").WithButtons("告诉书记", "谈心");
        branch.Secretary.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task You_without_the_secretary_named_is_no_talk_request()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("想找你聊聊").ExpectReplyNotContaining(string.Empty, "谈心谈话一般当面进行");
    }
}
