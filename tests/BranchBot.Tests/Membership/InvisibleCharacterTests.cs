using System.Net;
using BranchBot.Cli;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Text;
using BranchBot.Tests.Console;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Membership;

/// <summary>
/// Security review issue 11, item 11: a right-to-left override (U+202E) or a zero-width character in a name or title
/// reverses or hides what people read, so every path refuses it with one Chinese message.
/// </summary>
public class InvisibleCharacterTests
{
    private const string Override = "\u202E";
    private const string ZeroWidthSpace = "\u200B";

    [Theory]
    [InlineData("张\u202E三")]
    [InlineData("张\u200B三")]
    [InlineData("张\u200D三")]
    [InlineData("\uFEFF张三")]
    [InlineData("张\u2066三\u2069")]
    [InlineData("张\u200F三")]
    [InlineData("张\u2028三")]
    [InlineData("张\u0007三")]
    public void A_name_with_a_control_or_format_character_is_refused(string name)
    {
        Assert.Equal(new TextProblem.Invisible(TextField.MemberName), NameRules.CleanName(name, TextField.MemberName).Problem);
    }

    [Fact]
    public void Names_are_normalised_and_full_width_letters_and_digits_folded()
    {
        Assert.Equal("ABC小组2", NameRules.CleanName("  ＡＢＣ小组２\u3000", TextField.GroupName).Value);
        Assert.Equal("欧阳·明", NameRules.CleanName("欧阳·明", TextField.MemberName).Value);
        Assert.Equal("张三（财务处）", NameRules.CleanName("张三（财务处）", TextField.MemberName).Value);
        Assert.Equal("é", NameRules.CleanName("e\u0301", TextField.MemberName).Value);
    }

    [Fact]
    public void Free_text_keeps_line_breaks_but_not_bidirectional_controls()
    {
        Assert.Null(VisibleText.FreeTextProblem("一、学习\n二、讨论\r\n\t三、表决 👨‍👩‍👧", TextField.MeetingMinutes));
        Assert.Equal(new TextProblem.Invisible(TextField.MeetingMinutes), VisibleText.FreeTextProblem("一、学习" + Override + "论讨", TextField.MeetingMinutes));
    }

    [Fact]
    public async Task Chat_refuses_such_member_and_group_names_and_finds_folded_names()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();

        secretary.Send($"添加党员 张{Override}三").ExpectReply("姓名中含有不可见字符或控制字符，请重新输入。");
        secretary.Send($"添加党员 李四 第一{ZeroWidthSpace}党小组").ExpectReply("党小组名称中含有不可见字符或控制字符，请重新输入。");
        secretary.Send("添加党员 ＡＢＣ同志").ExpectReply("已添加党员「ABC同志」");
        secretary.Send($"设置党小组 ABC同志 二组{Override}").ExpectReply("党小组名称中含有不可见字符或控制字符");
        secretary.Send("邀请码 ＡＢＣ同志").ExpectReply("邀请码");

        Assert.Equal(["ABC同志", "王书记"], (await bot.Membership.ListMembersAsync(CancellationToken.None)).Select(m => m.Name).Order(StringComparer.Ordinal));
        Assert.Empty(await bot.Membership.ListGroupsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_branch_name_at_initialisation_is_refused_with_such_characters()
    {
        await using var bot = new BotHarness();
        await bot.Membership.PrepareSetupCodeAsync(BotHarness.SetupCode, CancellationToken.None);

        var claimed = await bot.Membership.ClaimBranchAsync(BotHarness.SetupCode, $"机关{Override}第一党支部", "王书记", new ChatAccount("test", "secretary"), CancellationToken.None);

        Assert.Equal(new MembershipProblem.Text(new TextProblem.Invisible(TextField.BranchName)), claimed.Problem);
        Assert.False((await bot.Membership.GetBranchAsync(CancellationToken.None))!.IsClaimed);
    }

    [Fact]
    public async Task The_roster_import_refuses_the_whole_file_by_line_also_from_the_cli()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch();
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, $"name,role,group,channelId,userId\n张三,党员,,,\n李{ZeroWidthSpace}四,党员,,,\n赵六,党员,一组{Override},,\n");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CliVerbs.RunAsync(bot.Services, ["roster", "import", file], output, error);

        Assert.Equal(1, code);
        Assert.Contains("第 3 行：姓名中含有不可见字符或控制字符，请重新输入。", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("第 4 行：党小组名称中含有不可见字符或控制字符，请重新输入。", error.ToString(), StringComparison.Ordinal);
        Assert.Single(await bot.Membership.ListMembersAsync(CancellationToken.None));
        File.Delete(file);
    }

    [Fact]
    public async Task Chat_refuses_a_meeting_topic_with_a_right_to_left_override_and_creates_nothing()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();

        secretary.Send($"安排 党员大会 12月1日下午2点半 三楼会议室 学习{Override}精神大十二").ExpectReply("类型：党员大会")
            .Send("确认").ExpectReply("主题中含有不可见字符或控制字符，请重新输入。");

        Assert.Empty(await bot.Services.GetRequiredService<MeetingService>().ListUpcomingAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task Minutes_and_broadcasts_keep_line_breaks_but_refuse_a_right_to_left_override()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var author = (await bot.Membership.FindByNameAsync("王书记", CancellationToken.None))!;
        bot.JoinedMember(secretary, "zhang", "张三");
        var broadcasts = bot.Services.GetRequiredService<BroadcastService>();

        var refused = await broadcasts.PreviewAsync(new BroadcastDraft($"请于周五前{Override}交提", BroadcastAudience.Branch, false), author, CancellationToken.None);
        var allowed = await broadcasts.PreviewAsync(new BroadcastDraft("请于周五前提交。\n逾期请说明。", BroadcastAudience.Branch, false), author, CancellationToken.None);

        Assert.Equal(new BroadcastProblem.Text(new TextProblem.Invisible(TextField.BroadcastContent)), refused.Problem);
        Assert.True(allowed.Succeeded, allowed.Problem?.ToString());
    }

    [Fact]
    public async Task The_console_meeting_record_form_refuses_such_a_topic_with_400()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var zhang = await app.AddMemberAsync(secretary, "张三");
        using var client = await app.SignedInAsync(secretary);
        var (_, form) = await client.GetPageAsync("/console/meetings/record");

        using var refused = await client.PostAsync(new Uri("/console/meetings/record", UriKind.Relative), new FormUrlEncodedContent(
            [new("csrf", ConsoleTestSupport.CsrfIn(form)), new("kind", "党员大会"), new("start", "2026-10-15T15:00"), new("topic", $"学习{Override}章党"), new("attended", zhang.Id)]));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("主题中含有不可见字符或控制字符，请重新输入。", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await app.Services.GetRequiredService<IMeetingStore>().ListStartingBetweenAsync(
            BotHarness.Start.AddYears(-3), BotHarness.Start.AddYears(1), CancellationToken.None));
    }

    [Fact]
    public async Task The_console_roster_upload_refuses_such_a_name_with_400()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        using var client = await app.SignedInAsync(secretary);

        using var response = await client.UploadRosterAsync($"name,role,group,channelId,userId\n张{Override}三,党员,,,\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("第 2 行：姓名中含有不可见字符或控制字符，请重新输入。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await app.Services.GetRequiredService<MembershipService>().FindByNameAsync("张三", CancellationToken.None));
    }
}
