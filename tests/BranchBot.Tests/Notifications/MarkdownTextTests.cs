using BranchBot.Core.Notifications;

namespace BranchBot.Tests.Notifications;

public class MarkdownTextTests
{
    [Theory]
    [InlineData("![x](http://evil/a.png) **急** [点我](http://evil)", @"\!\[x\]\(http://evil/a.png\) \*\*急\*\* \[点我\]\(http://evil\)")]
    [InlineData("a_b `code` <b>粗</b> ~删~ | # \\", @"a\_b \`code\` \<b\>粗\</b\> \~删\~ \| \# \\")]
    [InlineData("{x}", @"\{x\}")]
    public void Characters_that_make_links_images_emphasis_or_html_are_escaped_anywhere(string typed, string escaped) =>
        Assert.Equal(escaped, MarkdownText.Escape(typed));

    [Theory]
    [InlineData("- 第一条\n+ 第二条\n1. 第三条\n2) 第四条\n===", "\\- 第一条\n\\+ 第二条\n1\\. 第三条\n2\\) 第四条\n\\===")]
    [InlineData("  - 缩进的列表", "  \\- 缩进的列表")]
    [InlineData("工资3.5万-2千+奖金", "工资3.5万-2千+奖金")]
    public void List_and_heading_markers_are_escaped_only_at_the_start_of_a_line(string typed, string escaped) =>
        Assert.Equal(escaped, MarkdownText.Escape(typed));

    [Theory]
    [InlineData("出差在外，下周回来。（请批准！）“谢谢”")]
    [InlineData("")]
    public void Chinese_text_and_punctuation_stay_as_typed(string typed) =>
        Assert.Equal(typed, MarkdownText.Escape(typed));

    [Fact]
    public void Nothing_gives_empty_text() => Assert.Equal(string.Empty, MarkdownText.Escape(null));
}
