using BranchBot.Core.Membership;

namespace BranchBot.Tests.Membership;

public class InviteCodeSplitTests
{
    [Theory]
    [InlineData("9CG2RFBH", "9CG2RFBH", "")]
    [InlineData("9cg2rfbh 刘洋", "9CG2RFBH", "刘洋")]
    [InlineData("9CG2RFBH刘洋", "9CG2RFBH", "刘洋")]
    [InlineData("9CG2-RFBH  刘洋", "9CG2RFBH", "刘洋")]
    [InlineData("９ＣＧ２ＲＦＢＨ　刘洋", "9CG2RFBH", "刘洋")]
    [InlineData("9CG2RFBH liuyang", "9CG2RFBH", "liuyang")]
    public void A_code_at_the_start_is_split_from_what_follows(string typed, string code, string rest)
    {
        Assert.Equal((code, rest), Codes.Split(typed));
    }

    [Theory]
    [InlineData("9CG2RFBHX")]
    [InlineData("9CG2RFB")]
    [InlineData("刘洋 9CG2RFBH")]
    [InlineData("9CG刘洋2RFBH")]
    public void Without_a_clean_code_at_the_start_nothing_is_guessed(string typed)
    {
        Assert.Equal((typed, string.Empty), Codes.Split(typed));
    }
}
