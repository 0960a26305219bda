using BranchBot.Dialogs.Broadcasts;

namespace BranchBot.Tests.Broadcasts;

public class BroadcastNumbersTests
{
    [Theory]
    [InlineData("广播12", true, 12, "")]
    [InlineData("广播 12 好的", true, 12, "好的")]
    [InlineData("#7", true, 7, "")]
    [InlineData("＃7：收到了", true, 7, "收到了")]
    [InlineData("3", true, 3, "")]
    [InlineData("3号", true, 3, "")]
    [InlineData("广播3 我参加", false, 3, "我参加")]
    public void A_leading_broadcast_number_is_read(string arguments, bool bare, int number, string remainder)
    {
        var (found, rest) = BroadcastNumbers.TakeLeading(arguments, bare);
        Assert.Equal(number, found);
        Assert.Equal(remainder, rest);
    }

    [Theory]
    [InlineData("3 点到", false)]
    [InlineData("12点开会吗", true)]
    [InlineData("好的", true)]
    [InlineData("", true)]
    public void Text_that_does_not_start_with_a_broadcast_number_is_left_alone(string arguments, bool bare)
    {
        var (found, rest) = BroadcastNumbers.TakeLeading(arguments, bare);
        Assert.Null(found);
        Assert.Equal(arguments, rest);
    }
}
