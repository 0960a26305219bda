using System.Net;
using BranchBot.Core.Membership;
using BranchBot.Core.PartyDevelopment;
using BranchBot.Dialogs.PartyDevelopment;
using BranchBot.Tests.Console;
using BranchBot.Tests.Support;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.PartyDevelopment;

/// <summary>The console's 发展党员 page (stages as columns, overdue in red), each person's file and the .xlsx export.</summary>
public class DevelopmentConsoleTests
{
    private static CancellationToken None => CancellationToken.None;

    [Fact]
    public async Task The_page_shows_people_by_stage_with_overdue_cards_in_red_and_the_file_shows_an_exception_with_its_reason()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var development = app.Services.GetRequiredService<DevelopmentService>();
        await development.ApplyAsync(secretary, "钱七", new DateOnly(2026, 10, 1), null, None);
        await development.ApplyAsync(secretary, "孙八", new DateOnly(2026, 11, 2), null, None);
        await development.RecordAsync(secretary, "孙八", new StepEntry(DevelopmentStepKind.Activist, new DateOnly(2026, 11, 20)) { ExceptionReason = "谈话记录补交" }, None);
        var sun = (await app.Services.GetRequiredService<IDevelopmentStore>().ListAsync(None)).Single(r => r.Name == "孙八");
        using var client = await app.SignedInAsync(secretary);

        var (status, page) = await client.GetPageAsync("/console/party-development");
        var (fileStatus, file) = await client.GetPageAsync($"/console/party-development/{sun.Id}");
        var (missingStatus, _) = await client.GetPageAsync("/console/party-development/pd_nobody");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("有 1 人存在逾期事项（红色标出）。", page, StringComparison.Ordinal);
        Assert.Contains("<section class=\"stage\" id=\"stage-applicant\"><h3>入党申请人（1）</h3>", page, StringComparison.Ordinal);
        Assert.Contains("<a class=\"person-card overdue\" href=\"/console/party-development/", page, StringComparison.Ordinal);
        Assert.Contains("<strong>钱七</strong>", page, StringComparison.Ordinal);
        Assert.Contains("逾期：收到申请书一个月内谈话（2026-11-01）", page, StringComparison.Ordinal);
        Assert.Contains("<h3>入党积极分子（1）</h3>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, fileStatus);
        Assert.Contains("孙八（入党积极分子）", file, StringComparison.Ordinal);
        Assert.Contains("例外记录：谈话记录补交", file, StringComparison.Ordinal);
        Assert.Contains("第八条", file, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missingStatus);
    }

    [Fact]
    public async Task The_export_has_one_row_per_person_and_one_dated_column_per_step()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var development = app.Services.GetRequiredService<DevelopmentService>();
        await development.ApplyAsync(secretary, "钱七", new DateOnly(2026, 10, 1), null, None);
        await development.RecordAsync(secretary, "钱七", new StepEntry(DevelopmentStepKind.ApplicationTalk, new DateOnly(2026, 10, 20)), None);
        await development.ApplyAsync(secretary, "=HYPERLINK(\"x\")", new DateOnly(2026, 11, 2), null, None);
        using var client = await app.SignedInAsync(secretary);

        using var response = await client.GetAsync(new Uri("/console/party-development/export", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet("发展党员");
        var heading = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Equal(["姓名", "当前阶段", "递交入党申请书", "申请人谈话", "确定入党积极分子"], heading.Take(5));
        Assert.Contains("支部大会讨论转正", heading);
        Assert.Equal(heading.IndexOf("支部大会讨论转正") + 1, heading.IndexOf("党委审批转正"));
        var rows = sheet.RowsUsed().Skip(1).ToList();
        Assert.Equal(2, rows.Count);
        var qian = rows.Single(r => r.Cell(1).GetString() == "钱七");
        Assert.Equal(new DateTime(2026, 10, 1), qian.Cell(3).GetDateTime());
        Assert.Equal(new DateTime(2026, 10, 20), qian.Cell(heading.IndexOf(DevelopmentLabels.Step(DevelopmentStepKind.ApplicationTalk)) + 1).GetDateTime());
        Assert.True(qian.Cell(heading.IndexOf("确定入党积极分子") + 1).IsEmpty());
        var formula = rows.Single(r => r.Cell(1).GetString().StartsWith('='));
        Assert.False(formula.Cell(1).HasFormula);
    }

    [Fact]
    public async Task The_committees_approvals_of_an_extension_and_a_cancellation_are_shown_on_the_page_the_file_and_their_own_export_columns()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var approved = DevelopmentFiles.AcceptedOn(new DateOnly(2025, 8, 1)).Approved(new DateOnly(2025, 9, 1));
        var store = app.Services.GetRequiredService<IDevelopmentStore>();
        await store.SaveAsync(approved.Then(DevelopmentStepKind.Extension, new DateOnly(2026, 8, 3), s => s with { ExtensionMonths = 6 })
            .Then(DevelopmentStepKind.ExtensionApproval, new DateOnly(2026, 9, 1)) with { Name = "冯二", Id = "pd_feng" }, None);
        await store.SaveAsync(approved.Then(DevelopmentStepKind.Disqualification, new DateOnly(2026, 8, 4)) with { Name = "周九", Id = "pd_zhou" }, None);
        using var client = await app.SignedInAsync(secretary);

        var (_, page) = await client.GetPageAsync("/console/party-development");
        var (_, file) = await client.GetPageAsync("/console/party-development/pd_feng");
        var (_, cancelledFile) = await client.GetPageAsync("/console/party-development/pd_zhou");
        using var export = await client.GetAsync(new Uri("/console/party-development/export", UriKind.Relative));

        Assert.Contains("下一步：党委审批取消资格", page, StringComparison.Ordinal);
        Assert.Contains("待上级党委审批，党委批准后请发送「记录 周九 党委审批取消资格 批准日期」", page, StringComparison.Ordinal);
        Assert.DoesNotContain("党委批准后请发送「记录 冯二", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"notice\" id=\"awaiting-committee\">支部大会已于2026年8月4日（星期二）决定取消周九的预备党员资格，须报上级党委审批，批准后档案才办结，此前不能记录其他步骤。党委批准后请发送「记录 周九 党委审批取消资格 批准日期」；党委早已批准、当时没有单独记录的，请补记党委批准的日期。</p>", cancelledFile, StringComparison.Ordinal);
        Assert.DoesNotContain("awaiting-committee", file, StringComparison.Ordinal);
        Assert.Contains("<td>党委审批延长预备期</td>", file, StringComparison.Ordinal);
        using var workbook = new XLWorkbook(new MemoryStream(await export.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet("发展党员");
        var heading = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Equal(["延长预备期", "党委审批延长预备期", "取消预备党员资格", "党委审批取消资格"], heading.Skip(heading.IndexOf("延长预备期")).Take(4));
        var feng = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "冯二");
        var zhou = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "周九");
        Assert.Equal(new DateTime(2026, 9, 1), feng.Cell(heading.IndexOf("党委审批延长预备期") + 1).GetDateTime());
        Assert.Equal(new DateTime(2026, 8, 4), zhou.Cell(heading.IndexOf("取消预备党员资格") + 1).GetDateTime());
        Assert.True(zhou.Cell(heading.IndexOf("党委审批取消资格") + 1).IsEmpty());
        Assert.Equal("预备党员", zhou.Cell(2).GetString());
    }

    [Fact]
    public async Task The_file_of_a_full_member_shows_the_day_the_party_standing_counts_from()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var member = DevelopmentFiles.AcceptedOn(new DateOnly(2025, 8, 1)).Approved(new DateOnly(2025, 9, 1))
            .Then(DevelopmentStepKind.ConversionRequest, new DateOnly(2026, 7, 25))
            .Then(DevelopmentStepKind.Conversion, new DateOnly(2026, 8, 5))
            .Then(DevelopmentStepKind.ConversionApproval, new DateOnly(2026, 9, 1)) with { Name = "郑一", Id = "pd_zheng" };
        await app.Services.GetRequiredService<IDevelopmentStore>().SaveAsync(member, None);
        using var client = await app.SignedInAsync(secretary);

        var (status, file) = await client.GetPageAsync("/console/party-development/pd_zheng");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("郑一（正式党员）", file, StringComparison.Ordinal);
        Assert.Contains("<p id=\"standing\">党龄自2026-08-01（预备期满之日）起算。</p>", file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_outside_the_committee_cannot_open_the_page()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        await app.AddMemberAsync(secretary, "李委员", MemberRole.Committee);
        var li = (await app.Services.GetRequiredService<IMembershipStore>().ListMembersAsync(None)).Single(m => m.Name == "李委员");
        using var client = await app.SignedInAsync(li);
        var (before, _) = await client.GetPageAsync("/console/party-development");
        var demoted = await app.Services.GetRequiredService<MembershipService>().ChangeRoleAsync("李委员", MemberRole.Member, secretary, None);
        Assert.True(demoted.Succeeded, demoted.Problem?.ToString());

        var (after, _) = await client.GetPageAsync("/console/party-development");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden), (before, after));
    }

    [Fact]
    public async Task A_party_committee_viewer_reads_another_branchs_files_read_only_and_only_that_branchs()
    {
        await using var app = new BranchBotApplication();
        var two = await TwoBranches.SetUpAsync(app);
        await app.Services.GetRequiredService<DevelopmentService>().ApplyAsync(two.Wang, "孙八", new DateOnly(2026, 11, 2), null, None);
        var inB = app.BranchServices(two.BranchB).GetRequiredService<DevelopmentService>();
        await inB.ApplyAsync(two.Li, "钱七", new DateOnly(2026, 11, 20), null, None);
        var qian = (await app.BranchServices(two.BranchB).GetRequiredService<IDevelopmentStore>().ListAsync(None)).Single();
        using var client = await app.SignedInAsync(two.Wang);

        var (switched, _) = await client.GetPageAsync($"/console?b={two.BranchB}");
        var (status, page) = await client.GetPageAsync("/console/party-development");
        var (fileStatus, file) = await client.GetPageAsync($"/console/party-development/{qian.Id}");
        using var export = await client.GetAsync(new Uri("/console/party-development/export", UriKind.Relative));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (switched, status, fileStatus, export.StatusCode));
        Assert.Contains("正在只读查看「第二党支部」", page, StringComparison.Ordinal);
        Assert.Contains("<strong>钱七</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("孙八", page, StringComparison.Ordinal);
        Assert.Contains("钱七（入党申请人）", file, StringComparison.Ordinal);
        using var write = await client.PostAsync(new Uri("/console/party-development", UriKind.Relative), new FormUrlEncodedContent([]));
        Assert.False(write.IsSuccessStatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await export.Content.ReadAsByteArrayAsync()));
        Assert.Equal(["钱七"], workbook.Worksheet("发展党员").RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()));
    }
}
