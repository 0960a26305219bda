using System.Text;
using BranchBot.BotFramework.Schema;
using BranchBot.BotFramework.WeCom;
using BranchBot.Tests.WeCom.Fake;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BranchBot.Tests.WeCom;

/// <summary>Our activities as message/send bodies, and the shared access token.</summary>
public class WeComMessagesTests
{
    [Fact]
    public void Long_text_is_split_under_the_byte_limit_on_line_breaks_and_never_inside_a_character()
    {
        var text = string.Join("\n", Enumerable.Range(1, 200).Select(i => $"第{i}条：支部通知内容😀"));
        var parts = WeComMessages.SplitAtByteLimit(text, WeComMessages.MaxContentBytes);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(Encoding.UTF8.GetByteCount(p) <= WeComMessages.MaxContentBytes));
        Assert.All(parts.SkipLast(1), p => Assert.EndsWith("😀", p, StringComparison.Ordinal));
        Assert.Equal(text, string.Join("\n", parts));

        var unbroken = new string('党', 3000);
        var pieces = WeComMessages.SplitAtByteLimit(unbroken, WeComMessages.MaxContentBytes);
        Assert.Equal(unbroken, string.Concat(pieces));
        Assert.All(pieces, p => Assert.True(Encoding.UTF8.GetByteCount(p) <= WeComMessages.MaxContentBytes));
    }

    [Fact]
    public void A_short_question_with_buttons_is_one_card_whose_keys_are_the_commands()
    {
        var activity = Activity.CreateMessage("需要成员点「收到」回执吗？");
        activity.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("收到", "收到 广播1"), CardAction.ImBack("回复", "回复 广播1")] };

        var message = Assert.Single(WeComMessages.Render(activity, "zhangsan", 1000002));
        Assert.Equal("template_card", message["msgtype"]!.GetValue<string>());
        var card = message["template_card"]!;
        Assert.Equal("button_interaction", card["card_type"]!.GetValue<string>());
        Assert.Equal("需要成员点「收到」回执吗？", card["main_title"]!["title"]!.GetValue<string>());
        Assert.Equal(["收到 广播1", "回复 广播1"], card["button_list"]!.AsArray().Select(b => b!["key"]!.GetValue<string>()));
        Assert.Matches("^[A-Za-z0-9_@-]{1,128}$", card["task_id"]!.GetValue<string>());
    }

    [Fact]
    public void Long_text_goes_first_and_more_than_six_buttons_take_several_cards()
    {
        var activity = Activity.CreateMessage(new string('学', 300));
        activity.SuggestedActions = new SuggestedActions { Actions = [.. Enumerable.Range(1, 8).Select(i => CardAction.ImBack($"选项{i}"))] };

        var messages = WeComMessages.Render(activity, "zhangsan", 1000002);
        Assert.Equal(["text", "template_card", "template_card"], messages.Select(m => m["msgtype"]!.GetValue<string>()));
        Assert.Equal(6, messages[1]["template_card"]!["button_list"]!.AsArray().Count);
        Assert.Equal(2, messages[2]["template_card"]!["button_list"]!.AsArray().Count);
        Assert.NotEqual(messages[1]["template_card"]!["task_id"]!.GetValue<string>(), messages[2]["template_card"]!["task_id"]!.GetValue<string>());
    }

    [Fact]
    public void Markdown_activities_are_sent_as_markdown()
    {
        var activity = Activity.CreateMessage("**会议提醒**");
        activity.TextFormat = "markdown";
        Assert.Equal("markdown", Assert.Single(WeComMessages.Render(activity, "u", 1))["msgtype"]!.GetValue<string>());
    }

    [Fact]
    public async Task Concurrent_senders_share_one_token_until_shortly_before_it_expires()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));
        var platform = new WeComPlatformFake();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddWeCom(new ConfigurationBuilder().AddInMemoryCollection(WeComCallbackClient.Settings()).Build());
        services.AddHttpClient(WeComApi.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => platform);
        await using var provider = services.BuildServiceProvider();
        var tokens = provider.GetRequiredService<WeComAccessTokens>();

        var all = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => tokens.GetAsync(CancellationToken.None)));
        Assert.Single(all.Distinct());
        Assert.Equal(1, platform.TokensIssued);

        clock.Advance(TimeSpan.FromSeconds(7200) - TimeSpan.FromMinutes(6));
        await tokens.GetAsync(CancellationToken.None);
        Assert.Equal(1, platform.TokensIssued);

        clock.Advance(TimeSpan.FromMinutes(2)); // inside the refresh margin
        Assert.NotEqual(all[0], await tokens.GetAsync(CancellationToken.None));
        Assert.Equal(2, platform.TokensIssued);
    }
}
