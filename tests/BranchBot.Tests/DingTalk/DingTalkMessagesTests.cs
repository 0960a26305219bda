using System.Text;
using BranchBot.BotFramework.DingTalk;
using BranchBot.BotFramework.Schema;

namespace BranchBot.Tests.DingTalk;

/// <summary>Activities as robot messages: text split at the limit, buttons as action cards that send the command back.</summary>
public class DingTalkMessagesTests
{
    private static Activity WithButtons(string text, params (string Title, string Value)[] buttons)
    {
        var activity = Activity.CreateMessage(text);
        activity.SuggestedActions = new SuggestedActions
        {
            Actions = [.. buttons.Select(b => new CardAction { Type = ActionTypes.ImBack, Title = b.Title, Value = b.Value })],
        };
        return activity;
    }

    [Fact]
    public void Plain_text_is_one_sample_text()
    {
        var message = Assert.Single(DingTalkMessages.Render(Activity.CreateMessage("你好")));
        Assert.Equal("sampleText", message.MsgKey);
        Assert.Equal("你好", message.MsgParam["content"]!.GetValue<string>());
    }

    [Fact]
    public void Long_text_is_split_within_the_limit_and_nothing_is_lost()
    {
        var text = string.Join('\n', Enumerable.Range(1, 600).Select(i => $"第{i}条：学习党章党规，学习系列讲话。"));
        var parts = DingTalkMessages.Render(Activity.CreateMessage(text));
        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(Encoding.UTF8.GetByteCount(p.MsgParam["content"]!.GetValue<string>()) <= DingTalkMessages.MaxContentBytes));
        Assert.Equal(text.Replace("\n", string.Empty, StringComparison.Ordinal), string.Concat(parts.Select(p => p.MsgParam["content"]!.GetValue<string>().Replace("\n", string.Empty, StringComparison.Ordinal))));
    }

    [Fact]
    public void Two_buttons_become_an_action_card_whose_links_send_the_commands()
    {
        var message = Assert.Single(DingTalkMessages.Render(WithButtons("【会议提醒】党员大会\n15:00 三楼会议室", ("签到", "签到 3"), ("请假", "请假 3"))));
        Assert.Equal("sampleActionCard2", message.MsgKey);
        Assert.Equal("【会议提醒】党员大会", message.MsgParam["title"]!.GetValue<string>());
        Assert.Equal("签到", message.MsgParam["actionTitle1"]!.GetValue<string>());
        Assert.Equal("dtmd://dingtalkclient/sendMessage?content=%E7%AD%BE%E5%88%B0%203", message.MsgParam["actionURL1"]!.GetValue<string>());
        Assert.Equal(DingTalkMessages.SendBackLink("请假 3"), message.MsgParam["actionURL2"]!.GetValue<string>());
    }

    [Fact]
    public void One_button_is_the_single_button_card()
    {
        var message = Assert.Single(DingTalkMessages.Render(WithButtons("请签到", ("签到", "签到"))));
        Assert.Equal("sampleActionCard", message.MsgKey);
        Assert.Equal("签到", message.MsgParam["singleTitle"]!.GetValue<string>());
    }

    [Fact]
    public void Seven_choices_take_two_cards()
    {
        var buttons = Enumerable.Range(1, 7).Select(i => ($"选项{i}", $"{i}")).ToArray();
        var messages = DingTalkMessages.Render(WithButtons("请选择支部", buttons));
        Assert.Equal(["sampleActionCard5", "sampleActionCard2"], messages.Select(m => m.MsgKey));
    }
}
