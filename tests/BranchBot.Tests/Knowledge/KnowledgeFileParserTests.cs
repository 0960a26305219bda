using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

public class KnowledgeFileParserTests
{
    [Fact]
    public void An_entry_yields_its_question_phrasings_source_and_answer()
    {
        var result = KnowledgeFileParser.Parse("支部.md", """
            # 《中国共产党支部工作条例（试行）》

            这一段说明文件的来历，不是条目。

            ## 支委会多长时间开一次？
            - 也问：支委会多久开一回；支部委员会会议的频次
            - 出处：《中国共产党支部工作条例（试行）》第十二条

            支部委员会会议一般每月召开1次。
            需要时可以随时召开。
            """);

        Assert.True(result.Succeeded, string.Join('\n', result.Problems));
        var entry = Assert.Single(result.Entries);
        Assert.Equal("支委会多长时间开一次？", entry.Question);
        Assert.Equal(["支委会多久开一回", "支部委员会会议的频次"], entry.AlternativeQuestions);
        Assert.Equal("支部委员会会议一般每月召开1次。\n需要时可以随时召开。", entry.Answer);
        Assert.Equal("《中国共产党支部工作条例（试行）》", entry.Source.Document);
        Assert.Equal("第十二条", entry.Source.Article);
        Assert.Equal("支部.md", entry.FileName);
        Assert.Equal(5, entry.LineNumber);
    }

    [Fact]
    public void Common_practice_is_a_source_without_article()
    {
        var result = KnowledgeFileParser.Parse("做法.md", """
            ## 党课多久上一次？
            - 出处：各地常见做法

            许多地方每季度至少1次。
            """);

        var entry = Assert.Single(result.Entries);
        Assert.True(entry.Source.IsCommonPractice);
        Assert.Null(entry.Source.Article);
        Assert.Equal("各地常见做法", entry.Source.ToString());
        Assert.Empty(entry.AlternativeQuestions);
    }

    [Fact]
    public void Several_entries_are_read_in_order_and_a_dash_line_inside_the_answer_stays_answer_text()
    {
        var result = KnowledgeFileParser.Parse("a.md", """
            ## 第一问
            - 出处：《甲》第一条
            答案一：
            - 第一点
            ## 第二问
            - 出处: 《乙》
            答案二
            """);

        Assert.True(result.Succeeded, string.Join('\n', result.Problems));
        Assert.Equal(["第一问", "第二问"], result.Entries.Select(e => e.Question));
        Assert.Equal("答案一：\n- 第一点", result.Entries[0].Answer);
        Assert.Equal(new KnowledgeSource("《乙》", null), result.Entries[1].Source);
        Assert.Equal(5, result.Entries[1].LineNumber);
    }

    [Fact]
    public void A_missing_source_is_reported_with_file_and_line_and_the_entry_is_left_out()
    {
        var result = KnowledgeFileParser.Parse("缺出处.md", """
            # 标题

            ## 有出处
            - 出处：《甲》第一条
            答案

            ## 没有出处
            - 也问：别的问法
            答案
            """);

        Assert.Equal("有出处", Assert.Single(result.Entries).Question);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("缺出处.md", problem.FileName);
        Assert.Equal(7, problem.LineNumber);
        Assert.Equal(new KnowledgeFileProblem.MissingSource(), problem.Kind);
    }

    [Fact]
    public void An_answer_longer_than_the_limit_is_reported()
    {
        var result = KnowledgeFileParser.Parse("长.md", $"""
            ## 问题
            - 出处：《甲》第一条

            {new string('字', KnowledgeEntry.MaxAnswerLength + 1)}
            """);

        Assert.Empty(result.Entries);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.LineNumber);
        Assert.Equal(new KnowledgeFileProblem.AnswerTooLong(301, KnowledgeEntry.MaxAnswerLength), problem.Kind);
    }

    [Fact]
    public void An_answer_of_exactly_the_limit_is_accepted()
    {
        var result = KnowledgeFileParser.Parse("长.md", $"""
            ## 问题
            - 出处：《甲》第一条
            {new string('字', KnowledgeEntry.MaxAnswerLength)}
            """);

        Assert.True(result.Succeeded);
        Assert.Single(result.Entries);
    }

    [Fact]
    public void An_entry_without_answer_and_an_empty_question_are_reported()
    {
        var result = KnowledgeFileParser.Parse("空.md", """
            ## 没有答案
            - 出处：《甲》第一条

            ##
            - 出处：《甲》第二条
            有答案但没有问题
            """);

        Assert.Empty(result.Entries);
        Assert.Equal([1, 4], result.Problems.Select(p => p.LineNumber));
        Assert.Equal([new KnowledgeFileProblem.NoAnswer(), new KnowledgeFileProblem.NoQuestion()], result.Problems.Select(p => p.Kind));
    }

    [Fact]
    public void Unknown_metadata_empty_alternatives_and_repeated_keys_are_reported_on_their_lines()
    {
        var result = KnowledgeFileParser.Parse("坏.md", """
            ## 问题
            - 作者：某人
            - 也问：
            - 出处：《甲》第一条
            - 出处：《乙》第二条
            答案
            """);

        Assert.Empty(result.Entries);
        Assert.Equal([2, 3, 5], result.Problems.Select(p => p.LineNumber));
        Assert.Equal(
            [new KnowledgeFileProblem.UnknownKey("作者"), new KnowledgeFileProblem.NoAlternatives(), new KnowledgeFileProblem.RepeatedKey("出处")],
            result.Problems.Select(p => p.Kind));
    }

    [Fact]
    public void A_question_repeated_in_the_same_file_is_reported_at_the_second_heading()
    {
        var result = KnowledgeFileParser.Parse("重复.md", """
            ## 同一个问题
            - 出处：《甲》第一条
            答案一

            ## 同一个问题
            - 出处：《甲》第二条
            答案二
            """);

        Assert.Single(result.Entries);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(5, problem.LineNumber);
        Assert.Equal(new KnowledgeFileProblem.RepeatedQuestion("同一个问题", 1), problem.Kind);
    }

    [Fact]
    public void Text_before_any_title_or_entry_is_reported()
    {
        var result = KnowledgeFileParser.Parse("散.md", """
            没有标题的文字

            ## 问题
            - 出处：《甲》第一条
            答案
            """);

        Assert.Single(result.Entries);
        Assert.Equal(new KnowledgeParseProblem("散.md", 1, new KnowledgeFileProblem.OutsideEntry()), Assert.Single(result.Problems));
    }

    [Fact]
    public void Windows_line_endings_are_read_like_unix_ones()
    {
        var result = KnowledgeFileParser.Parse("crlf.md", "## 问题\r\n- 也问：甲；乙\r\n- 出处：《甲》第一条\r\n\r\n答案\r\n");

        var entry = Assert.Single(result.Entries);
        Assert.Equal("答案", entry.Answer);
        Assert.Equal(["甲", "乙"], entry.AlternativeQuestions);
    }
}
