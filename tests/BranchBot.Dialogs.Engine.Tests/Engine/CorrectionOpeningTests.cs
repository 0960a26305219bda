using System.Text.RegularExpressions;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Tests.Engine;

/// <summary>The one definition of the words that open a correction, shared by the prompt, the meeting form and the intent.</summary>
public class CorrectionOpeningTests
{
    private static readonly Regex Opening = new("^" + CorrectionOpening.Pattern, RegexOptions.None, TimeSpan.FromSeconds(1));

    [Theory]
    [InlineData("不对，是周四", "不对", "")]
    [InlineData("哦 不对不对 应该是三点半", "哦 不对不对", "")]
    [InlineData("我说错了，是五楼", "我说错了", "")]
    [InlineData("刚才打错了 是12月3号", "刚才打错了", "")]
    [InlineData("时间写错了 应该是晚上8点", "时间写错了", "时间")]
    [InlineData("地点有误，应该在二楼", "地点有误", "地点")]
    [InlineData("更正一下：主题是学习党章", "更正一下", "")]
    public void An_opening_that_only_announces_a_mistake_is_read_with_the_field_it_names(string typed, string opening, string field)
    {
        var match = Opening.Match(typed);

        Assert.True(match.Success, typed);
        Assert.Equal(opening, match.Value);
        Assert.Equal(field, match.Groups["field"].Value);
    }

    [Theory]
    [InlineData("不对劲，感觉哪里有问题")]
    [InlineData("不对外公开吗")]
    [InlineData("对，就这样")]
    [InlineData("时间是三点")]
    public void Words_that_announce_no_mistake_are_no_opening(string typed) => Assert.False(Opening.IsMatch(typed), typed);
}
