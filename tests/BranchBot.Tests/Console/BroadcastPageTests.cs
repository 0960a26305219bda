using System.Net;
using System.Text;
using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.Core.WebConsole;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

public class BroadcastPageTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>王书记; 张三 and 李四 joined from chat; 钱七 on the roster but never joined.</summary>
    private static async Task<(BranchBotApplication App, Member Secretary, Member Zhang, Member Li)> BranchAsync()
    {
        var app = BroadcastConsoleSupport.NewApp();
        var secretary = await app.ClaimedBranchAsync();
        var zhang = await app.JoinedMemberAsync("张三", "zhang", "第一党小组");
        var li = await app.JoinedMemberAsync("李四", "li", "第一党小组");
        await app.AddMemberAsync(secretary, "钱七");
        return (app, secretary, zhang, li);
    }

    [Fact]
    public async Task The_list_and_the_detail_show_each_recipients_delivery_acknowledgement_and_reply()
    {
        var (app, secretary, zhang, li) = await BranchAsync();
        await using var _ = app;
        var broadcast = await app.SendAsync(secretary, "周五下午三点集中学习，请准时参加。");
        app.Deliver();
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True((await app.Broadcasts().AcknowledgeAsync(zhang, broadcast.Number, CancellationToken.None)).Succeeded);
        Assert.True((await app.Broadcasts().ReplyAsync(li, broadcast.Number, "出差，申请请假", CancellationToken.None)).Succeeded);
        using var client = await app.SignedInAsync(secretary);

        var (listStatus, list) = await client.GetPageAsync("/console/broadcasts");
        Assert.Equal(HttpStatusCode.OK, listStatus);
        Assert.Contains("<a href=\"/console/broadcasts/1\">#1</a></td><td>2026-11-25 10:00</td><td>王书记</td><td>全体党员</td>", list, StringComparison.Ordinal);
        Assert.Contains("<td>2/3</td>", list, StringComparison.Ordinal);
        Assert.Contains("<td>1/3</td><td>已发送</td>", list, StringComparison.Ordinal);

        var (status, detail) = await client.GetPageAsync("/console/broadcasts/1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("周五下午三点集中学习，请准时参加。", detail, StringComparison.Ordinal);
        Assert.Contains("已送达 2/3 · 待发送 0 · 失败 0 · 无法送达 1 · 状态不明 0 · 已回执 1/3 · 回复 1", detail, StringComparison.Ordinal);
        Assert.Contains("<td>张三</td><td>已送达</td><td>2026-11-25 10:00</td><td>已收到 2026-11-25 10:05</td><td class=\"reply-text\">—</td>", detail, StringComparison.Ordinal);
        Assert.Contains("<td>李四</td><td>已送达</td><td>2026-11-25 10:00</td><td>未回执</td><td class=\"reply-text\">出差，申请请假</td>", detail, StringComparison.Ordinal);
        Assert.Contains("<td>钱七</td><td class=\"gap\">无法送达</td><td>—</td><td>未回执</td>", detail, StringComparison.Ordinal);

        var (_, notReceived) = await client.GetPageAsync("/console/broadcasts/1?show=unreceived");
        Assert.Equal(["钱七"], RecipientNames(notReceived));
        var (_, notAcknowledged) = await client.GetPageAsync("/console/broadcasts/1?show=unacknowledged");
        Assert.Equal(["李四", "钱七"], RecipientNames(notAcknowledged));
    }

    [Fact]
    public async Task Remind_resends_only_to_those_who_have_not_acknowledged_and_shows_the_result_after_the_redirect()
    {
        var (app, secretary, zhang, _) = await BranchAsync();
        await using var __ = app;
        var broadcast = await app.SendAsync(secretary, "请于本周内交纳党费。");
        app.Deliver();
        await app.Broadcasts().AcknowledgeAsync(zhang, broadcast.Number, CancellationToken.None);
        using var client = await app.SignedInAsync(secretary);
        var (_, detail) = await client.GetPageAsync("/console/broadcasts/1");
        app.Connector.Calls.Clear();

        using var reminded = await client.PostFormFromPageAsync("/console/broadcasts/remind", detail, ("n", "1"));

        Assert.Equal(HttpStatusCode.Redirect, reminded.StatusCode);
        Assert.Equal("/console/broadcasts/1?done=reminded&count=2", reminded.Headers.Location!.OriginalString);
        app.Deliver();
        Assert.Empty(app.DeliveredTo("zhang"));
        Assert.Contains("【催收 广播 #1】", Assert.Single(app.DeliveredTo("li")), StringComparison.Ordinal);
        var (_, after) = await client.GetPageAsync(reminded.Headers.Location.OriginalString);
        Assert.Contains("已向 2 位未回执的同志再次发送（第 1 次催收）。", after, StringComparison.Ordinal);
        Assert.Contains("已发送（已催收 1 次）", after, StringComparison.Ordinal);
        var audit = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(5, CancellationToken.None);
        Assert.Contains(audit, e => e is { Action: "催收广播", Detail: "广播 #1：第1次，2人" });
    }

    [Fact]
    public async Task Resend_goes_to_the_recipient_whose_delivery_is_unknown_and_the_button_goes_once_all_arrived()
    {
        var (app, secretary, zhang, _) = await BranchAsync();
        await using var __ = app;
        app.Deliver(); // what joining queued, so the item taken below is the broadcast's
        await app.SendAsync(secretary, "周五集中学习。", acknowledgement: false);
        var store = app.Services.GetRequiredService<IDeliveryStore>();
        var inFlight = Assert.Single(await store.RecordAndClaimAsync([], app.Clock.GetUtcNow(), 1, CancellationToken.None));
        await app.Services.GetRequiredService<IDeliveryDispatcher>().RecoverAsync(CancellationToken.None); // as after a crash
        app.Deliver();
        var unknownUser = inFlight.MemberId == zhang.Id ? "zhang" : "li";
        using var client = await app.SignedInAsync(secretary);
        var (_, detail) = await client.GetPageAsync("/console/broadcasts/1");
        Assert.Contains("状态不明", detail, StringComparison.Ordinal);
        app.Connector.Calls.Clear();

        using var resent = await client.PostFormFromPageAsync("/console/broadcasts/resend", detail, ("n", "1"));

        Assert.True(resent.StatusCode == HttpStatusCode.Redirect, await resent.Content.ReadAsStringAsync());
        Assert.Equal("/console/broadcasts/1?done=resent&count=1", resent.Headers.Location!.OriginalString);
        app.Deliver();
        Assert.StartsWith("【补发】", Assert.Single(app.DeliveredTo(unknownUser)), StringComparison.Ordinal);
        Assert.Empty(app.DeliveredTo(unknownUser == "zhang" ? "li" : "zhang"));
        var (_, after) = await client.GetPageAsync(resent.Headers.Location.OriginalString);
        Assert.Contains("已向 1 位同志补发（第 1 次补发）。", after, StringComparison.Ordinal);
        Assert.Contains("已补发 1 次", after, StringComparison.Ordinal);
        Assert.DoesNotContain("resend-form", after, StringComparison.Ordinal);
        var audit = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(5, CancellationToken.None);
        Assert.Contains(audit, e => e is { Action: "补发广播", Detail: "广播 #1：第1次，1人" });
    }

    [Fact]
    public async Task Compose_previews_the_recipient_count_then_sends_to_the_members()
    {
        var (app, secretary, _, _) = await BranchAsync();
        await using var __ = app;
        using var client = await app.SignedInAsync(secretary);
        var (composeStatus, compose) = await client.GetPageAsync("/console/broadcasts/compose");
        Assert.Equal(HttpStatusCode.OK, composeStatus);
        Assert.Contains("<option value=\"group:第一党小组\">第一党小组</option>", compose, StringComparison.Ordinal);

        using var preview = await client.PostFormFromPageAsync("/console/broadcasts/preview", compose,
            ("text", "明天上午九点\r\n支部大会"), ("audience", "branch"), ("ack", "1"), ("at", string.Empty));
        var previewPage = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("<td id=\"recipient-count\">3 人</td>", previewPage, StringComparison.Ordinal);
        Assert.Contains("1 人尚未通过聊天加入：钱七", previewPage, StringComparison.Ordinal);
        Assert.Contains("确认发送（3 人）", previewPage, StringComparison.Ordinal);
        Assert.Empty(await app.Broadcasts().ListAsync(5, CancellationToken.None));

        using var sent = await client.PostFormFromPageAsync("/console/broadcasts/send", previewPage,
            ("text", "明天上午九点\r\n支部大会"), ("audience", "branch"), ("ack", "1"), ("at", string.Empty), PreviewOf(previewPage));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/console/broadcasts/1?done=sent", sent.Headers.Location!.OriginalString);
        app.Deliver();

        foreach (var user in new[] { "zhang", "li" })
        {
            Assert.Contains("【支部广播 #1】\n明天上午九点\n支部大会\n—— 王书记", Assert.Single(app.DeliveredTo(user)), StringComparison.Ordinal);
        }

        var (_, detail) = await client.GetPageAsync("/console/broadcasts/1?done=sent");
        Assert.Contains("广播 #1 已开始发送。", detail, StringComparison.Ordinal);
        Assert.Contains("已送达 2/3", detail, StringComparison.Ordinal);
        var audit = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(5, CancellationToken.None);
        Assert.Contains(audit, e => e is { Action: "发送广播", Detail: "广播 #1：全体党员，3人" });
    }

    [Fact]
    public async Task A_group_broadcast_from_the_console_reaches_only_that_group()
    {
        var (app, secretary, _, _) = await BranchAsync();
        await using var __ = app;
        await app.JoinedMemberAsync("赵六", "zhao", "第二党小组");
        using var client = await app.SignedInAsync(secretary);
        var (_, compose) = await client.GetPageAsync("/console/broadcasts/compose");

        using var sent = await client.PostFormFromPageAsync("/console/broadcasts/send", compose,
            ("text", "第二党小组周三学习"), ("audience", "group:第二党小组"), ("at", string.Empty), NewPreview());

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        app.Deliver();
        Assert.Single(app.DeliveredTo("zhao"));
        Assert.Empty(app.DeliveredTo("zhang"));
        var broadcast = await app.Broadcasts().FindAsync(1, CancellationToken.None);
        Assert.False(broadcast!.RequiresAcknowledgement);
        Assert.Equal("第二党小组", broadcast.AudienceLabel);
    }

    [Fact]
    public async Task A_scheduled_broadcast_is_read_in_the_branch_zone_and_withdrawing_it_stops_every_message()
    {
        var (app, secretary, _, _) = await BranchAsync();
        await using var __ = app;
        using var client = await app.SignedInAsync(secretary);
        var (_, compose) = await client.GetPageAsync("/console/broadcasts/compose");
        using var sent = await client.PostFormFromPageAsync("/console/broadcasts/send", compose,
            ("text", "周六上午义务植树"), ("audience", "branch"), ("ack", "1"), ("at", "2026-11-26T09:00"), NewPreview());
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var scheduled = await app.Broadcasts().FindAsync(1, CancellationToken.None);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 9, 0, 0, Beijing), scheduled!.ScheduledAt);
        var (_, detail) = await client.GetPageAsync(sent.Headers.Location!.OriginalString);
        Assert.Contains("已定时：广播 #1 将于 2026-11-26 09:00 发送。", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("remind-form", detail, StringComparison.Ordinal);

        using var withdrawn = await client.PostFormFromPageAsync("/console/broadcasts/withdraw", detail, ("n", "1"));

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var (_, after) = await client.GetPageAsync(withdrawn.Headers.Location!.OriginalString);
        Assert.Contains("已撤回：3 条尚未发出的消息已取消；已送达的 0 人无法收回。", after, StringComparison.Ordinal);
        Assert.Contains("<th>状态</th><td>已撤回</td>", after, StringComparison.Ordinal);
        Assert.DoesNotContain("withdraw-form", after, StringComparison.Ordinal);
        app.Clock.Advance(TimeSpan.FromDays(1));
        app.Connector.Calls.Clear();
        app.Deliver();
        Assert.Empty(app.DeliveredTo("zhang"));
        Assert.Empty(app.DeliveredTo("li"));
        var audit = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(5, CancellationToken.None);
        Assert.Contains(audit, e => e is { Action: "撤回广播", Detail: "广播 #1：取消3条，已送达0人" });
    }

    [Fact]
    public async Task A_time_in_the_past_or_an_empty_text_is_refused_in_chinese_and_nothing_is_sent()
    {
        var (app, secretary, _, _) = await BranchAsync();
        await using var __ = app;
        using var client = await app.SignedInAsync(secretary);
        var (_, compose) = await client.GetPageAsync("/console/broadcasts/compose");

        using var past = await client.PostFormFromPageAsync("/console/broadcasts/preview", compose,
            ("text", "开会"), ("audience", "branch"), ("at", "2026-11-24T09:00"));
        using var empty = await client.PostFormFromPageAsync("/console/broadcasts/send", compose, ("text", "  "), ("audience", "branch"), NewPreview());
        using var garbled = await client.PostFormFromPageAsync("/console/broadcasts/preview", compose, ("text", "开会"), ("audience", "branch"), ("at", "明天"));

        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("已经过去了", await past.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("广播内容不能为空", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, garbled.StatusCode);
        Assert.Contains("定时发送的时间格式不正确", await garbled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await app.Broadcasts().ListAsync(5, CancellationToken.None));
    }

    [Fact]
    public async Task A_preview_is_sent_once_even_when_the_form_is_submitted_again_and_sending_needs_a_preview()
    {
        var (app, secretary, _, _) = await BranchAsync();
        await using var __ = app;
        using var client = await app.SignedInAsync(secretary);
        var (_, compose) = await client.GetPageAsync("/console/broadcasts/compose");
        (string, string)[] fields = [("text", "周五交党费"), ("audience", "branch"), ("at", string.Empty)];
        using var preview = await client.PostFormFromPageAsync("/console/broadcasts/preview", compose, fields);
        var previewPage = await preview.Content.ReadAsStringAsync();

        using var first = await client.PostFormFromPageAsync("/console/broadcasts/send", previewPage, [.. fields, PreviewOf(previewPage)]);
        using var again = await client.PostFormFromPageAsync("/console/broadcasts/send", previewPage, [.. fields, PreviewOf(previewPage)]);
        using var unpreviewed = await client.PostFormFromPageAsync("/console/broadcasts/send", compose, fields);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("这份预览已经提交过一次", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unpreviewed.StatusCode);
        Assert.Contains("请先预览", await unpreviewed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await app.Broadcasts().ListAsync(5, CancellationToken.None));
        app.Deliver();
        Assert.Single(app.DeliveredTo("zhang"));
    }

    [Fact]
    public async Task A_form_without_the_csrf_token_is_refused_and_nothing_is_sent()
    {
        var (app, secretary, _, _) = await BranchAsync();
        await using var __ = app;
        await app.SendAsync(secretary, "第一条");
        using var client = await app.SignedInAsync(secretary);

        using var send = await client.PostAsync(new Uri("/console/broadcasts/send", UriKind.Relative),
            new FormUrlEncodedContent([new("text", "伪造的广播"), new("audience", "branch")]));
        using var withdraw = await client.PostAsync(new Uri("/console/broadcasts/withdraw", UriKind.Relative),
            new FormUrlEncodedContent([new("csrf", "wrong"), new("n", "1")]));

        Assert.Equal(HttpStatusCode.Forbidden, send.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withdraw.StatusCode);
        var only = Assert.Single(await app.Broadcasts().ListAsync(5, CancellationToken.None));
        Assert.False(only.Broadcast.IsWithdrawn);
    }

    [Fact]
    public async Task A_member_is_refused_and_a_committee_member_demoted_after_signing_in_cannot_send()
    {
        var (app, secretary, zhang, _) = await BranchAsync();
        await using var __ = app;
        using var member = app.Browser();
        using var refused = await member.UseLinkAsync(app.LinkFor(zhang));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var committee = await app.AddMemberAsync(secretary, "刘委员", MemberRole.Committee);
        using var client = await app.SignedInAsync(committee);
        var (_, compose) = await client.GetPageAsync("/console/broadcasts/compose");
        await app.Services.GetRequiredService<MembershipService>().ChangeRoleAsync("刘委员", MemberRole.Member, secretary, CancellationToken.None);

        using var sent = await client.PostFormFromPageAsync("/console/broadcasts/send", compose, ("text", "我来通知"), ("audience", "branch"), NewPreview());

        Assert.Equal(HttpStatusCode.Forbidden, sent.StatusCode);
        Assert.Empty(await app.Broadcasts().ListAsync(5, CancellationToken.None));
    }

    [Fact]
    public async Task Only_the_author_or_the_secretaries_may_withdraw_and_the_refusal_is_shown_on_the_detail()
    {
        var (app, secretary, _, _) = await BranchAsync();
        await using var __ = app;
        await app.SendAsync(secretary, "明早集合", at: new DateTimeOffset(2026, 11, 26, 8, 0, 0, Beijing));
        var committee = await app.AddMemberAsync(secretary, "刘委员", MemberRole.Committee);
        using var client = await app.SignedInAsync(committee);
        var (_, detail) = await client.GetPageAsync("/console/broadcasts/1");

        using var withdrawn = await client.PostFormFromPageAsync("/console/broadcasts/withdraw", detail, ("n", "1"));

        Assert.Equal(HttpStatusCode.BadRequest, withdrawn.StatusCode);
        Assert.Contains("只有发送人、书记和副书记可以撤回这条广播。", await withdrawn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False((await app.Broadcasts().FindAsync(1, CancellationToken.None))!.IsWithdrawn);
    }

    [Fact]
    public async Task Broadcast_text_and_replies_are_html_encoded_on_every_page()
    {
        var (app, secretary, _, li) = await BranchAsync();
        await using var __ = app;
        var broadcast = await app.SendAsync(secretary, "<script>alert('x')</script>学习");
        app.Deliver();
        await app.Broadcasts().ReplyAsync(li, broadcast.Number, "<img src=x onerror=alert(1)>", CancellationToken.None);
        using var client = await app.SignedInAsync(secretary);

        foreach (var path in new[] { "/console/broadcasts", "/console/broadcasts/1", "/console/overview" })
        {
            var (status, page) = await client.GetPageAsync(path);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("&lt;script&gt;alert(", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_export_is_a_utf8_csv_with_a_bom_and_one_line_per_recipient()
    {
        var (app, secretary, zhang, li) = await BranchAsync();
        await using var __ = app;
        var broadcast = await app.SendAsync(secretary, "党费收缴");
        app.Deliver();
        await app.Broadcasts().AcknowledgeAsync(zhang, broadcast.Number, CancellationToken.None);
        await app.Broadcasts().ReplyAsync(li, broadcast.Number, "=已交, 请核对", CancellationToken.None);
        using var client = await app.SignedInAsync(secretary);

        using var export = await client.GetAsync(new Uri("/console/broadcasts/export?n=1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        var bytes = await export.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(
            "姓名,送达状态,送达时间,回执,回执时间,回复\n" +
            "张三,已送达,2026-11-25 10:00,已收到,2026-11-25 10:00,\n" +
            "李四,已送达,2026-11-25 10:00,未回执,,\"'=已交, 请核对\"\n" +
            "钱七,无法送达,,未回执,,\n",
            Encoding.UTF8.GetString(bytes[3..]));
        var audit = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(5, CancellationToken.None);
        Assert.Contains(audit, e => e is { Action: "导出广播接收情况", Detail: "广播 #1" });
        using var missing = await client.GetAsync(new Uri("/console/broadcasts/export?n=9", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_overview_shows_the_latest_broadcasts_delivery_and_acknowledgement_with_a_link()
    {
        var (app, secretary, zhang, _) = await BranchAsync();
        await using var __ = app;
        using var client = await app.SignedInAsync(secretary);
        var (_, empty) = await client.GetPageAsync("/console/overview");
        Assert.Contains("还没有发送过广播。", empty, StringComparison.Ordinal);

        await app.SendAsync(secretary, "旧的通知");
        var latest = await app.SendAsync(secretary, "新的通知：周五交学习笔记");
        app.Deliver();
        await app.Broadcasts().AcknowledgeAsync(zhang, latest.Number, CancellationToken.None);

        var (_, overview) = await client.GetPageAsync("/console/overview");
        Assert.Contains("<a href=\"/console/broadcasts/2\">广播 #2</a>", overview, StringComparison.Ordinal);
        Assert.Contains("新的通知：周五交学习笔记", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("旧的通知", overview, StringComparison.Ordinal);
        Assert.Contains("已送达 2/3 · 待发送 0 · 失败 0 · 无法送达 1 · 状态不明 0 · 已回执 1/3", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_broadcast_number_is_a_404()
    {
        var (app, secretary, _, _) = await BranchAsync();
        await using var __ = app;
        using var client = await app.SignedInAsync(secretary);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync("/console/broadcasts/42")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync("/console/broadcasts/abc")).Status);
    }

    private static List<string> RecipientNames(string page)
    {
        var table = page[page.IndexOf("<table id=\"recipients\">", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        return [.. System.Text.RegularExpressions.Regex.Matches(table, "<tr data-member=\"[^\"]+\"><td>([^<]+)</td>").Select(m => m.Groups[1].Value)];
    }

    private static (string Name, string Value) NewPreview() => ("preview", Guid.NewGuid().ToString("N"));

    private static (string Name, string Value) PreviewOf(string previewPage)
    {
        var match = System.Text.RegularExpressions.Regex.Match(previewPage, "name=\"preview\" value=\"([0-9a-f]{32})\"");
        Assert.True(match.Success, "the preview page carries its preview id");
        return ("preview", match.Groups[1].Value);
    }
}
