using BranchBot.Tests.Intents;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Talks;

/// <summary>
/// 约谈心 asked with 他/她 for the person ("书记忙不忙 想跟他当面聊聊", "王芳这阵子不大对劲 帮我约她谈谈"): the pronoun
/// stands for whoever the message named, a worry about that member is why the talk is asked for, and a message that
/// names no one is asked back rather than sent to the 书记 by default.
/// </summary>
public class TalkRequestPronounTests
{
    [Theory]
    [InlineData("书记这两天忙不忙 我想跟他当面聊一聊", "约谈心|姓名=书记")]
    [InlineData("能帮我约一下书记不 想和他好好谈谈心", "约谈心|姓名=书记")]
    [InlineData("刘洋这阵子话很少 我想找他聊聊", "约谈心|姓名=刘洋")]
    [InlineData("陈静家里最近出了事情心情很差你帮我约她谈一谈", "约谈心|姓名=陈静")]
    [InlineData("我想约她单独谈谈心 张丽华最近压力挺大的", "约谈心|姓名=张丽华")]
    [InlineData("想找王芳委员私下聊一聊", "约谈心|姓名=王芳")]
    [InlineData("我想约刘洋谈谈心 他入党以后还没跟他正式谈过", "约谈心|姓名=刘洋")]
    [InlineData("陈静最近老加班 替她约个时间谈谈心", "约谈心|姓名=陈静")]
    [InlineData("俺想找书记拉拉呱", "约谈心|姓名=书记")]
    [InlineData("家里的事有点想不开 想跟书记聊聊 你帮我约一下", "约谈心|姓名=书记")]
    public async Task The_person_is_the_one_the_message_names(string text, string expected)
    {
        var reading = await SecretaryReadings.ReadAsync(text);
        Assert.NotNull(reading);
        SecretaryReadings.AssertCarries(text, reading, expected);
    }

    [Theory]
    [InlineData("还没跟陈静谈过心呢")]
    [InlineData("今年我没有和刘洋聊过")]
    public async Task A_talk_not_yet_held_is_not_recorded(string text)
    {
        var reading = await SecretaryReadings.ReadAsync(text);
        Assert.False(reading is { Command: "记录谈心" }, $"{text} → {reading?.CommandLine}");
    }

    [Theory]
    [InlineData("我最近工作压力有点大想找书记聊聊")]
    [InlineData("想跟书记聊聊家里老人生病的事")]
    [InlineData("同志家里遇到难处了 组织上会找他谈谈吗")]
    public async Task The_speakers_own_worry_told_to_the_secretary_is_not_a_request_to_meet(string text)
    {
        var reading = await SecretaryReadings.ReadAsync(text);
        Assert.False(reading is { Command: "约谈心" } && reading.Slots.ContainsKey("姓名"), $"{text} → {reading?.CommandLine}");
    }

    [Fact]
    public async Task A_member_asking_for_the_secretary_by_pronoun_is_offered_the_request()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.LiuYang.Send("书记最近有空吗 想跟他当面聊聊").ExpectReply("我可以告诉书记你想和他谈谈").WithButtons("告诉书记", "谈心");
        branch.LiuYang.Send("告诉书记").ExpectReply("已告诉书记王书记你想找他谈心");
        branch.Secretary.ExpectNotification("【谈心请求】刘洋想找你谈心谈话");
    }

    [Fact]
    public async Task A_pronoun_with_no_one_named_is_asked_back_and_tells_no_one()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.LiuYang.Send("我想找她谈谈心你帮我约一下").ExpectReply("你想约哪位同志谈心？没看出「她」指的是谁").WithButtons("约谈心怎么用");
        branch.LiuYang.Press("约谈心怎么用").ExpectReply("约谈心 [姓名]");
        branch.Secretary.ExpectNoMoreReplies();
    }
}
