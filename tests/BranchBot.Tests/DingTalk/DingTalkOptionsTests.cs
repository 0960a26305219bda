using BranchBot.BotFramework.DingTalk;

namespace BranchBot.Tests.DingTalk;

/// <summary>The DingTalk section: all three credentials turn the channel on, none leaves it off, some is one clear line.</summary>
public class DingTalkOptionsTests
{
    [Fact]
    public void None_set_is_off_without_a_problem()
    {
        var options = new DingTalkOptions();
        Assert.False(options.IsConfigured);
        Assert.Null(options.ConfigurationProblem());
        Assert.Equal("https://api.dingtalk.com", options.ApiBaseUrl);
    }

    [Fact]
    public void All_set_is_on()
    {
        var options = new DingTalkOptions { AppKey = "k", AppSecret = "s", RobotCode = "r" };
        Assert.True(options.IsConfigured);
        Assert.Null(options.ConfigurationProblem());
    }

    [Fact]
    public void Some_set_names_the_missing_ones()
    {
        var problem = new DingTalkOptions { AppSecret = "s" }.ConfigurationProblem();
        Assert.Equal("The DingTalk channel is partly configured: DingTalk:AppKey, DingTalk:RobotCode missing (set all three to turn it on, none to leave it off).", problem);
    }

    [Fact]
    public void A_relative_api_base_url_is_a_problem() =>
        Assert.Equal("DingTalk:ApiBaseUrl must be an absolute URL.", new DingTalkOptions { AppKey = "k", AppSecret = "s", RobotCode = "r", ApiBaseUrl = "api.dingtalk" }.ConfigurationProblem());
}
