using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Tests.Recognizers;

public class ChineseNumeralsTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("15", 15)]
    [InlineData("１２", 12)]
    [InlineData(" 7 ", 7)]
    [InlineData("零", 0)]
    [InlineData("〇", 0)]
    [InlineData("两", 2)]
    [InlineData("十", 10)]
    [InlineData("十五", 15)]
    [InlineData("二十", 20)]
    [InlineData("二十一", 21)]
    [InlineData("一十", 10)]
    [InlineData("一百", 100)]
    [InlineData("一百零五", 105)]
    [InlineData("一百五", 150)]
    [InlineData("一百一十", 110)]
    [InlineData("一千零五十", 1050)]
    [InlineData("两千", 2000)]
    [InlineData("两千零二十六", 2026)]
    [InlineData("三万五", 35000)]
    [InlineData("三万五千", 35000)]
    [InlineData("一万零一", 10001)]
    [InlineData("十万", 100000)]
    [InlineData("廿", 20)]
    [InlineData("廿三", 23)]
    [InlineData("卅", 30)]
    [InlineData("二〇二六", 2026)]
    [InlineData("一二", 12)]
    [InlineData("3万", 30000)]
    [InlineData("1千2", 1200)]
    [InlineData("2万3千", 23000)]
    [InlineData("壹佰贰拾", 120)]
    public void Reads_arabic_chinese_and_mixed_numbers(string text, int expected)
    {
        Assert.True(ChineseNumerals.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("abc")]
    [InlineData("十十")]
    [InlineData("百")]
    [InlineData("一二百")]
    [InlineData("两两")]
    [InlineData("三点")]
    [InlineData("1.5")]
    [InlineData("-3")]
    [InlineData("99999999999")]
    [InlineData("一百五十五十")]
    public void Refuses_what_is_not_one_whole_number(string? text)
    {
        Assert.False(ChineseNumerals.TryParse(text, out _));
    }

    [Theory]
    [InlineData("十二月", 0, 12, 2)]
    [InlineData("下午两点半", 2, 2, 1)]
    [InlineData("第12号", 1, 12, 2)]
    [InlineData("一百零五人", 0, 105, 4)]
    [InlineData("十百", 0, 10, 1)]
    [InlineData("２０２６年", 0, 2026, 4)]
    public void Reads_the_longest_number_at_a_position(string text, int start, int expected, int expectedLength)
    {
        Assert.True(ChineseNumerals.TryReadAt(text, start, out var value, out var length));
        Assert.Equal(expected, value);
        Assert.Equal(expectedLength, length);
    }

    [Theory]
    [InlineData("12月", 1)]
    [InlineData("下午", 0)]
    [InlineData("abc", 5)]
    public void Reads_nothing_inside_a_number_or_where_there_is_none(string text, int start)
    {
        Assert.False(ChineseNumerals.TryReadAt(text, start, out _, out var length));
        Assert.Equal(0, length);
    }
}
