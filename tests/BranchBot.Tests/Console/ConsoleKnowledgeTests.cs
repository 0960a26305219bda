using System.Net;
using BranchBot.Core.Knowledge.Entries;
using BranchBot.Core.Knowledge.Feedback;
using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Membership;
using BranchBot.Core.WebConsole;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

public class ConsoleKnowledgeTests
{
    private const string FileQuestion = "一个党支部最多能有多少党员？";

    [Fact]
    public async Task The_page_lists_file_and_database_entries_and_shows_which_database_entry_replaces_a_file_entry()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var entries = app.Services.GetRequiredService<KnowledgeEntryService>();
        await SaveEntryAsync(entries, secretary, FileQuestion, "党支部党员人数一般不超过50人，本单位按机关党委要求执行。", "《中国共产党支部工作条例（试行）》第四条");
        await SaveEntryAsync(entries, secretary, "支部的党旗放在哪里保管？", "党旗由组织委员保管，放在三楼党员活动室的柜子里。", KnowledgeEntryRules.BranchAnswerSource);
        using var client = await app.SignedInAsync(secretary);

        var (status, page) = await client.GetPageAsync("/console/knowledge");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("支部问答库 2 条（其中 1 条替代文件中的同名条目）", page, StringComparison.Ordinal);
        Assert.Contains("支部工作条例（", page, StringComparison.Ordinal);
        Assert.Contains("第 1/", page, StringComparison.Ordinal);

        var (_, database) = await client.GetPageAsync("/console/knowledge?doc=" + Uri.EscapeDataString(StoredKnowledgeEntry.Origin));
        Assert.Contains("本单位按机关党委要求执行", database, StringComparison.Ordinal);
        Assert.Contains("替代 支部工作条例.md 中的同名条目", database, StringComparison.Ordinal);
        Assert.Contains("三楼党员活动室", database, StringComparison.Ordinal);
        Assert.DoesNotContain("凡是有正式党员3人以上的单位", database, StringComparison.Ordinal);

        var (_, found) = await client.GetPageAsync("/console/knowledge?search=" + Uri.EscapeDataString("正式党员3人以上"));
        Assert.Contains("什么样的单位应当成立党支部？", found, StringComparison.Ordinal);
        Assert.Contains("支部工作条例.md", found, StringComparison.Ordinal);
        Assert.Contains("《中国共产党支部工作条例（试行）》第四条", found, StringComparison.Ordinal);
        Assert.DoesNotContain("三楼党员活动室", found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_added_in_the_console_is_answered_by_the_bot_in_chat()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        using var client = await app.SignedInAsync(secretary);

        using var saved = await client.PostFormAsync("/console/knowledge/entry", "/console/knowledge/save",
            ("question", "支部的党旗放在哪里保管？"), ("alternatives", "党旗在哪\r\n党旗谁保管"),
            ("answer", "党旗由组织委员保管，放在三楼党员活动室的柜子里。"), ("source", KnowledgeEntryRules.BranchAnswerSource), ("original", string.Empty));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, after) = await client.GetPageAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("问答已添加", after, StringComparison.Ordinal);
        Assert.Contains("也问：党旗在哪；党旗谁保管", after, StringComparison.Ordinal);
        var reply = await client.SayAsync(app, "党旗谁保管", "secretary");
        Assert.Contains("党旗由组织委员保管，放在三楼党员活动室的柜子里。", reply, StringComparison.Ordinal);
        var audit = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(10, CancellationToken.None);
        Assert.Contains(audit, e => e is { Action: "添加问答", Detail: "支部的党旗放在哪里保管？" });
    }

    [Fact]
    public async Task Editing_a_file_entry_prefills_the_form_and_saves_a_database_entry_the_bot_then_uses()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        using var client = await app.SignedInAsync(secretary);

        var (status, form) = await client.GetPageAsync("/console/knowledge/entry?question=" + Uri.EscapeDataString(FileQuestion));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("修改问答", form, StringComparison.Ordinal);
        Assert.Contains($"value=\"{FileQuestion}\" required readonly", form, StringComparison.Ordinal);
        Assert.Contains("党支部的党员人数一般不超过50人。</textarea>", form, StringComparison.Ordinal);

        using var saved = await client.PostFormAsync("/console/knowledge/entry", "/console/knowledge/save",
            ("question", FileQuestion), ("alternatives", "党支部人数上限是多少"), ("answer", "党支部党员一般不超过50人，超过的应分设党支部（支部答复）。"),
            ("source", "《中国共产党支部工作条例（试行）》第四条"), ("original", FileQuestion));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("done=overrides", saved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var stored = await app.Services.GetRequiredService<IKnowledgeEntryStore>().ListAsync(CancellationToken.None);
        Assert.Equal(FileQuestion, Assert.Single(stored).Question);
        Assert.Contains("超过的应分设党支部", await client.SayAsync(app, "党支部人数上限是多少", "secretary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_over_300_characters_is_refused_with_a_chinese_problem_the_typed_values_kept_and_nothing_stored()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        using var client = await app.SignedInAsync(secretary);
        var answer = new string('长', 301);

        using var refused = await client.PostFormAsync("/console/knowledge/entry", "/console/knowledge/save",
            ("question", "支部的党旗放在哪里保管？"), ("alternatives", string.Empty), ("answer", answer), ("source", "支部答复"), ("original", string.Empty));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("答案有301个字，超过了300字的上限", page, StringComparison.Ordinal);
        Assert.Contains("value=\"支部的党旗放在哪里保管？\"", page, StringComparison.Ordinal);
        Assert.Contains(answer + "</textarea>", page, StringComparison.Ordinal);
        Assert.Empty(await app.Services.GetRequiredService<IKnowledgeEntryStore>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Deleting_a_file_entry_is_refused_while_a_database_entry_is_deleted_and_the_file_entry_restored()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        using var client = await app.SignedInAsync(secretary);

        using var refused = await client.PostFormAsync("/console/knowledge", "/console/knowledge/delete", ("question", FileQuestion));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("不能在这里删除", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(await app.Services.GetRequiredService<KnowledgeEntryService>().FindAsync(FileQuestion, CancellationToken.None));

        await SaveEntryAsync(app.Services.GetRequiredService<KnowledgeEntryService>(), secretary, FileQuestion, "改过的答案。", "支部答复");
        using var deleted = await client.PostFormAsync("/console/knowledge", "/console/knowledge/delete", ("question", FileQuestion));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("done=restored", deleted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var back = await app.Services.GetRequiredService<KnowledgeEntryService>().FindAsync(FileQuestion, CancellationToken.None);
        Assert.Equal(KnowledgeEntryOrigin.File, back!.Origin);
    }

    [Fact]
    public async Task Answering_a_pending_question_reaches_the_asker_and_with_the_checkbox_saves_an_entry()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var zhang = await JoinedMemberAsync(app, "张三", "zhang");
        var pending = app.Services.GetRequiredService<PendingQuestionService>();
        var first = (await pending.ForwardAsync("流动党员怎么参加组织生活", zhang, CancellationToken.None)).Value!.Question;
        var second = (await pending.ForwardAsync("支部活动经费怎么报销", zhang, CancellationToken.None)).Value!.Question;
        using var client = await app.SignedInAsync(secretary);
        var (_, page) = await client.GetPageAsync("/console/knowledge");
        Assert.Contains("待答问题（2）", page, StringComparison.Ordinal);
        Assert.Contains("流动党员怎么参加组织生活", page, StringComparison.Ordinal);
        app.Connector.Calls.Clear();

        using var answered = await client.PostFormAsync("/console/knowledge", "/console/knowledge/answer",
            ("number", first.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("answer", "持《流动党员活动证》到流入地党组织参加组织生活。"),
            ("save", "on"), ("source", "支部答复"));

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Contains("done=answered-saved", answered.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var sent = Assert.Single(app.Connector.Calls, c => c.ConversationId == "conv-zhang");
        Assert.Contains("【支部答复】你问的「流动党员怎么参加组织生活」", sent.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("持《流动党员活动证》", sent.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(PendingQuestionState.Saved, (await pending.GetAsync(first.Number, CancellationToken.None))!.State);
        var entry = await app.Services.GetRequiredService<KnowledgeEntryService>().FindAsync("流动党员怎么参加组织生活", CancellationToken.None);
        Assert.Equal(KnowledgeEntryOrigin.Database, entry!.Origin);

        using var plain = await client.PostFormAsync("/console/knowledge", "/console/knowledge/answer",
            ("number", second.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("answer", "找组织委员签字后交财务。"), ("source", string.Empty));
        Assert.Equal(HttpStatusCode.Redirect, plain.StatusCode);
        Assert.Equal(PendingQuestionState.Answered, (await pending.GetAsync(second.Number, CancellationToken.None))!.State);
        Assert.Null(await app.Services.GetRequiredService<KnowledgeEntryService>().FindAsync("支部活动经费怎么报销", CancellationToken.None));
        var (_, after) = await client.GetPageAsync(plain.Headers.Location!.OriginalString);
        Assert.Contains("待答问题（0）", after, StringComparison.Ordinal);
        Assert.Contains("找组织委员签字后交财务。", after, StringComparison.Ordinal);
        var audit = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(20, CancellationToken.None);
        Assert.Equal(2, audit.Count(e => e.Action == "答复待答问题"));
        Assert.Contains(audit, e => e.Action == "答复保存到问答库");
    }

    [Fact]
    public async Task An_answer_too_long_for_the_knowledge_base_sends_nothing_when_saving_is_ticked()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var zhang = await JoinedMemberAsync(app, "张三", "zhang");
        var pending = app.Services.GetRequiredService<PendingQuestionService>();
        var question = (await pending.ForwardAsync("流动党员怎么参加组织生活", zhang, CancellationToken.None)).Value!.Question;
        using var client = await app.SignedInAsync(secretary);
        app.Connector.Calls.Clear();
        var answer = new string('答', 320);

        using var refused = await client.PostFormAsync("/console/knowledge", "/console/knowledge/answer",
            ("number", question.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("answer", answer), ("save", "on"), ("source", string.Empty));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("超过了300字的上限", page, StringComparison.Ordinal);
        Assert.Contains(answer + "</textarea>", page, StringComparison.Ordinal);
        Assert.Empty(app.Connector.Calls);
        Assert.True((await pending.GetAsync(question.Number, CancellationToken.None))!.IsOpen);
    }

    [Fact]
    public async Task A_post_without_the_csrf_token_is_refused_and_nothing_is_stored()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        using var client = await app.SignedInAsync(secretary);

        using var refused = await client.PostAsync(new Uri("/console/knowledge/save", UriKind.Relative), new FormUrlEncodedContent(
            [new("question", "支部的党旗放在哪里保管？"), new("answer", "三楼。"), new("source", "支部答复"), new("alternatives", string.Empty), new("original", string.Empty)]));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty(await app.Services.GetRequiredService<IKnowledgeEntryStore>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_committee_member_moved_to_member_is_refused_the_page_and_its_forms()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var committee = await app.AddMemberAsync(secretary, "李委员", MemberRole.Committee);
        using var client = await app.SignedInAsync(committee);
        var (_, page) = await client.GetPageAsync("/console/knowledge");
        var csrf = ConsoleTestSupport.CsrfIn(page);
        await app.Services.GetRequiredService<MembershipService>().ChangeRoleAsync("李委员", MemberRole.Member, secretary, CancellationToken.None);

        using var refused = await client.PostAsync(new Uri("/console/knowledge/save", UriKind.Relative), new FormUrlEncodedContent(
            [new("csrf", csrf), new("question", "支部的党旗放在哪里保管？"), new("answer", "三楼。"), new("source", "支部答复")]));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty(await app.Services.GetRequiredService<IKnowledgeEntryStore>().ListAsync(CancellationToken.None));
        var (status, _) = await client.GetPageAsync("/console/knowledge");
        Assert.NotEqual(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task A_question_containing_script_is_shown_encoded_on_the_page_and_the_overview()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var zhang = await JoinedMemberAsync(app, "张三", "zhang");
        await app.Services.GetRequiredService<PendingQuestionService>().ForwardAsync("<script>alert(1)</script>党费怎么交", zhang, CancellationToken.None);
        using var client = await app.SignedInAsync(secretary);

        var (_, page) = await client.GetPageAsync("/console/knowledge");
        var (_, overview) = await client.GetPageAsync("/console");

        foreach (var html in new[] { page, overview })
        {
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;党费怎么交", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_overview_counts_open_questions_and_this_months_not_helpful_clicks()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var zhang = await JoinedMemberAsync(app, "张三", "zhang");
        await app.Services.GetRequiredService<PendingQuestionService>().ForwardAsync("流动党员怎么参加组织生活", zhang, CancellationToken.None);
        var log = app.Services.GetRequiredService<IAnswerLogStore>();
        foreach (var (helpful, at) in new[] { (false, BotHarness.Start), (false, BotHarness.Start.AddDays(-40)), (true, BotHarness.Start) })
        {
            var answer = await log.AddAsync(new AnswerLogEntry { Question = "支委会多久开一次", TopQuestion = "支委会多久开一次？", AskedAt = at }, CancellationToken.None);
            await log.SaveFeedbackAsync(new AnswerFeedback { AnswerLogId = answer.Id, Question = answer.Question, EntryQuestion = answer.TopQuestion, Helpful = helpful, MemberId = zhang.Id, At = at }, CancellationToken.None);
        }

        using var client = await app.SignedInAsync(secretary);
        var (_, overview) = await client.GetPageAsync("/console");

        Assert.Contains("有 1 个问题等待答复。", overview, StringComparison.Ordinal);
        Assert.Contains("张三：<span>流动党员怎么参加组织生活</span>", overview, StringComparison.Ordinal);
        Assert.Contains("本月回答被标为「没用」1 次。", overview, StringComparison.Ordinal);
        Assert.Contains("href=\"/console/knowledge#pending\"", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_lists_failed_questions_with_a_link_that_prefills_the_add_form()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var log = app.Services.GetRequiredService<IAnswerLogStore>();
        await log.AddAsync(new AnswerLogEntry { Question = "退休党员党费交给谁", Outcome = AnswerOutcome.Uncertain, AskerName = "张三", AskedAt = BotHarness.Start }, CancellationToken.None);
        using var client = await app.SignedInAsync(secretary);

        var (_, page) = await client.GetPageAsync("/console/knowledge");
        Assert.Contains("没有找到确切规定", page, StringComparison.Ordinal);
        var link = "/console/knowledge/entry?question=" + Uri.EscapeDataString("退休党员党费交给谁");
        Assert.Contains($"href=\"{link}\"", page, StringComparison.Ordinal);

        var (status, form) = await client.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("添加问答", form, StringComparison.Ordinal);
        Assert.Contains("value=\"退休党员党费交给谁\"", form, StringComparison.Ordinal);
    }

    private static async Task SaveEntryAsync(KnowledgeEntryService entries, Member editor, string question, string answer, string source)
    {
        var saved = await entries.SaveAsync(new KnowledgeEntryDraft(question, [], answer, source), editor, CancellationToken.None);
        Assert.True(saved.Succeeded, saved.Problem?.ToString());
    }

    private static async Task<Member> JoinedMemberAsync(BranchBotApplication app, string name, string user)
    {
        var membership = app.Services.GetRequiredService<MembershipService>();
        var code = (await membership.AddMemberAsync(name, null, CancellationToken.None)).Value!.Invite.Code;
        using var chat = app.CreateClient();
        await chat.SayAsync(app, $"加入 {code}", user);
        return (await membership.FindByNameAsync(name, CancellationToken.None))!;
    }
}
