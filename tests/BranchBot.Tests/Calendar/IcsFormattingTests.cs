using System.Text;
using BranchBot.Calendar;

namespace BranchBot.Tests.Calendar;

public class IcsFormattingTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Fact]
    public void Commas_semicolons_backslashes_and_line_breaks_are_escaped()
    {
        Assert.Equal(@"学习\, 讨论\; 交流\n第二行\\备注", IcsText.Escape("学习, 讨论; 交流\r\n第二行\\备注"));
    }

    [Fact]
    public void Chinese_punctuation_and_tabs_are_kept_and_other_control_characters_dropped()
    {
        Assert.Equal("会议，学习；交流\t完", IcsText.Escape("会议，学习；交流\t\u0007完"));
    }

    [Fact]
    public void A_short_line_is_not_folded()
    {
        Assert.Equal("SUMMARY:党员大会", IcsFolding.Fold("SUMMARY:党员大会"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_long_chinese_line_is_folded_at_75_octets_without_splitting_a_character(int asciiPrefix)
    {
        var line = "DESCRIPTION:" + new string('x', asciiPrefix) + string.Concat(Enumerable.Repeat("学习贯彻党的二十大精神，", 20));

        var folded = IcsFolding.Fold(line);

        var physical = folded.Split("\r\n");
        Assert.True(physical.Length > 1);
        foreach (var part in physical)
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            Assert.InRange(bytes.Length, 1, 75);
            _ = StrictUtf8.GetString(bytes);
        }

        Assert.All(physical.Skip(1), part => Assert.StartsWith(" ", part, StringComparison.Ordinal));
        Assert.Equal(line, folded.Replace("\r\n ", string.Empty, StringComparison.Ordinal));
        // Lines are filled: a break comes only when the next three-octet character would not fit.
        Assert.All(physical[..^1], part => Assert.InRange(Encoding.UTF8.GetByteCount(part), 73, 75));
    }

    [Fact]
    public void A_character_outside_the_basic_plane_is_not_split_either()
    {
        var line = "SUMMARY:" + string.Concat(Enumerable.Repeat("𠀀", 40));

        var physical = IcsFolding.Fold(line).Split("\r\n");

        Assert.All(physical, part => _ = StrictUtf8.GetString(Encoding.UTF8.GetBytes(part)));
        Assert.All(physical, part => Assert.True(Encoding.UTF8.GetByteCount(part) <= 75));
        Assert.Equal(line, string.Concat(physical.Select((part, i) => i == 0 ? part : part[1..])));
    }

    [Theory]
    [InlineData(1440, "-P1D")]
    [InlineData(60, "-PT1H")]
    [InlineData(30, "-PT30M")]
    [InlineData(1530, "-P1DT1H30M")]
    [InlineData(0, "PT0S")]
    public void Reminder_offsets_become_iCalendar_durations(int minutesBefore, string expected)
    {
        Assert.Equal(expected, IcsValues.Duration(-TimeSpan.FromMinutes(minutesBefore)));
    }

    [Fact]
    public void Times_are_written_in_utc()
    {
        Assert.Equal("20261201T070000Z", IcsValues.UtcDateTime(new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.FromHours(8))));
    }
}
