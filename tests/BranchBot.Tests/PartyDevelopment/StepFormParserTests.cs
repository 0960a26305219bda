using BranchBot.Core;
using BranchBot.Core.PartyDevelopment;
using BranchBot.Core.Time;
using BranchBot.Dialogs.PartyDevelopment;
using BranchBot.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BranchBot.Tests.PartyDevelopment;

/// <summary>How 「记录 …」 is read: the name, the step by its words, a past date, people, months, a count and 「例外 原因」.</summary>
public class StepFormParserTests
{
    private static readonly BranchClock Clock = new(new FakeTimeProvider(BotHarness.Start), Options.Create(new BranchBotOptions()));

    [Fact]
    public void A_month_and_day_after_today_without_a_year_is_last_years()
    {
        var form = StepFormParser.Parse("李四 确定为积极分子 12月5日 经支委会研究", Clock);

        Assert.Equal(("李四", DevelopmentStepKind.Activist, new DateOnly(2025, 12, 5), "经支委会研究"), (form.Name, form.Kind, form.Date, form.Note));
    }

    [Fact]
    public void The_step_may_come_after_the_date_and_introducers_are_read_as_names()
    {
        var form = StepFormParser.Parse("张三 2026年5月1日 入党介绍人 李四 王五", Clock);

        Assert.Equal(("张三", DevelopmentStepKind.Introducers, new DateOnly(2026, 5, 1)), (form.Name, form.Kind, form.Date));
        Assert.Equal(["李四", "王五"], form.People);
    }

    [Fact]
    public void A_meeting_count_and_an_exception_with_its_reason_are_read()
    {
        var form = StepFormParser.Parse("张三 支部大会 11月20日 应到10人 实到8人 赞成7人 例外 上级党委同意", Clock);

        Assert.Equal((DevelopmentStepKind.BranchMeeting, new BranchMeetingVote(10, 8, 7), true, "上级党委同意"), (form.Kind, form.Vote, form.IsException, form.ExceptionReason));
    }

    [Theory]
    [InlineData("张三 延长预备期 半年 今天", 6)]
    [InlineData("张三 延长预备期 今天 8个月", 8)]
    [InlineData("张三 延长预备期 一年 11月25日", 12)]
    public void An_extension_reads_its_months(string text, int months)
    {
        var form = StepFormParser.Parse(text, Clock);

        Assert.Equal((DevelopmentStepKind.Extension, months, new DateOnly(2026, 11, 25)), (form.Kind, form.ExtensionMonths, form.Date));
    }

    [Theory]
    [InlineData("冯二 支部大会通过转正 8月1日", DevelopmentStepKind.Conversion, null)]
    [InlineData("冯二 转正支部大会 8月1日", DevelopmentStepKind.Conversion, null)]
    [InlineData("冯二 转正 8月1日 支部大会全票通过", DevelopmentStepKind.Conversion, "支部大会全票通过")]
    [InlineData("冯二 党委批准转正 8月1日", DevelopmentStepKind.ConversionApproval, null)]
    [InlineData("冯二 上级党委同意转正 8月1日", DevelopmentStepKind.ConversionApproval, null)]
    [InlineData("冯二 8月1日 转正经党委批准", DevelopmentStepKind.ConversionApproval, null)]
    [InlineData("冯二 转正申请 8月1日", DevelopmentStepKind.ConversionRequest, null)]
    [InlineData("冯二 支部大会 8月1日", DevelopmentStepKind.BranchMeeting, null)]
    [InlineData("冯二 党委批准 8月1日", DevelopmentStepKind.Approval, null)]
    public void The_words_of_the_admission_beside_the_word_conversion_are_read_as_the_conversion(string text, DevelopmentStepKind kind, string? note)
    {
        var form = StepFormParser.Parse(text, Clock);

        Assert.Equal(("冯二", kind, new DateOnly(2026, 8, 1), note), (form.Name, form.Kind, form.Date, form.Note));
    }

    [Theory]
    [InlineData("冯二 党委批准延长预备期 8月1日", DevelopmentStepKind.ExtensionApproval, null)]
    [InlineData("冯二 8月1日 延长预备期经上级党委批准", DevelopmentStepKind.ExtensionApproval, null)]
    [InlineData("冯二 延长预备期 党委批准 8月1日", DevelopmentStepKind.ExtensionApproval, "党委批准")]
    [InlineData("冯二 延长预备期审批 8月1日", DevelopmentStepKind.ExtensionApproval, null)]
    [InlineData("冯二 8月1日 党委同意延长预备期", DevelopmentStepKind.ExtensionApproval, null)]
    [InlineData("冯二 党委同意取消其预备党员资格 8月1日", DevelopmentStepKind.DisqualificationApproval, null)]
    [InlineData("冯二 取消资格审批 8月1日", DevelopmentStepKind.DisqualificationApproval, null)]
    [InlineData("冯二 支部大会 8月1日 取消资格", DevelopmentStepKind.Disqualification, "支部大会")]
    [InlineData("冯二 取消预备党员资格 8月1日", DevelopmentStepKind.Disqualification, null)]
    public void The_committees_approval_of_an_extension_or_a_cancellation_is_read_apart_from_the_decision(string text, DevelopmentStepKind kind, string? note)
    {
        var form = StepFormParser.Parse(text, Clock);

        Assert.Equal(("冯二", kind, new DateOnly(2026, 8, 1), note), (form.Name, form.Kind, form.Date, form.Note));
    }

    [Fact]
    public void A_branch_meeting_that_extends_the_probation_is_the_extension_with_its_months()
    {
        var form = StepFormParser.Parse("冯二 支部大会决定延长预备期半年 8月1日", Clock);

        Assert.Equal((DevelopmentStepKind.Extension, 6, new DateOnly(2026, 8, 1)), (form.Kind, form.ExtensionMonths, form.Date));
    }

    [Theory]
    [InlineData("钱七 培养联系人 李四和张三 11月24日", new[] { "李四", "张三" })]
    [InlineData("钱七 入党介绍人 李四与王五 11月24日", new[] { "李四", "王五" })]
    [InlineData("钱七 入党介绍人 王和平 李四 11月24日", new[] { "王和平", "李四" })]
    public void People_joined_by_and_are_two_but_a_name_with_he_in_it_is_one(string text, string[] people)
    {
        var form = StepFormParser.Parse(text, Clock);

        Assert.Equal(people, form.People);
        Assert.Null(form.Note);
    }

    [Fact]
    public void Nothing_is_guessed_when_parts_are_missing()
    {
        var form = StepFormParser.Parse("张三", Clock);

        Assert.Equal(("张三", null, null), (form.Name, form.Kind, form.Date));
    }
}
