using BranchBot.BotFramework.DingTalk;

namespace BranchBot.Tests.DingTalk;

/// <summary>The callback signature: Base64(HMAC-SHA256 keyed with the AppSecret over timestamp + "\n" + AppSecret), and the one-hour window.</summary>
public class DingTalkSignatureTests
{
    // Computed outside .NET (Python hmac/hashlib) from the documented formula with the docs' sample secret.
    private const string Timestamp = "1577262236757";
    private const string Secret = "this is secret";
    private const string Expected = "hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQM=";

    [Fact]
    public void The_known_vector_is_reproduced() => Assert.Equal(Expected, DingTalkSignature.Compute(Timestamp, Secret));

    [Fact]
    public void A_matching_sign_is_accepted_also_when_url_encoded()
    {
        Assert.True(DingTalkSignature.Matches(Expected, Timestamp, Secret));
        Assert.True(DingTalkSignature.Matches(Uri.EscapeDataString(Expected), Timestamp, Secret));
    }

    [Theory]
    [InlineData("hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQN=")]
    [InlineData("")]
    [InlineData("%%%")]
    public void A_tampered_sign_is_refused(string sign) => Assert.False(DingTalkSignature.Matches(sign, Timestamp, Secret));

    [Fact]
    public void Another_timestamp_or_secret_gives_another_sign()
    {
        Assert.False(DingTalkSignature.Matches(Expected, "1577262236758", Secret));
        Assert.False(DingTalkSignature.Matches(Expected, Timestamp, "another secret"));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(59, true)]
    [InlineData(-59, true)]
    [InlineData(61, false)]
    [InlineData(-61, false)]
    public void The_timestamp_must_be_within_an_hour(int minutesOff, bool fresh)
    {
        var now = DateTimeOffset.FromUnixTimeMilliseconds(1577262236757);
        var ts = now.AddMinutes(minutesOff).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(fresh, DingTalkSignature.IsFresh(ts, now, TimeSpan.FromHours(1)));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("99999999999999999999")]
    public void A_timestamp_that_is_not_milliseconds_is_not_fresh(string timestamp) =>
        Assert.False(DingTalkSignature.IsFresh(timestamp, DateTimeOffset.UnixEpoch, TimeSpan.FromHours(1)));
}
