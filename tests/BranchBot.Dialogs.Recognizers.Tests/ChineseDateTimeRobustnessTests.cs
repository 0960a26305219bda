using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Tests.Recognizers;

public class ChineseDateTimeRobustnessTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateTimeOffset Reference = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("999999999天后")]
    [InlineData("99999999年1月1日")]
    [InlineData("0月0日")]
    [InlineData("0号")]
    [InlineData("99999点")]
    [InlineData("24点30分")]
    [InlineData("零点差五分")]
    [InlineData("9999-99-99 99:99")]
    public void Extreme_numbers_are_answered_without_throwing(string text)
    {
        var recognition = ChineseDateTimeRecognizer.Recognize(text, Reference, Shanghai);
        Assert.NotEqual(DateTimeRecognitionStatus.NotFound, recognition.Status);
        Assert.True(recognition.Succeeded || recognition.Problem is { Length: > 0 });
    }

    [Fact]
    public void Random_mixtures_of_date_characters_never_throw()
    {
        const string alphabet = "0123456789零一二两三四五六七八九十百千万廿年月日号点时分秒半刻整差过:：-/. 上下午晚早凌晨中夜周星期礼拜天这本个明后大今昨前（）()的T楼";
        var random = new Random(20261125);
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(1, 14)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var recognition = ChineseDateTimeRecognizer.Recognize(text, Reference, Shanghai);
            Assert.True(recognition.Start + recognition.Length <= text.Length, text);
            Assert.Equal(recognition.Succeeded, recognition.Value is not null);
        }
    }
}
