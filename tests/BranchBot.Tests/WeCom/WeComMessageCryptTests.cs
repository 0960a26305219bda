using BranchBot.BotFramework.WeCom;

namespace BranchBot.Tests.WeCom;

/// <summary>The 企业微信 加解密方案 against the documentation's sample (WXBizMsgCrypt's own example values) and round trips.</summary>
public class WeComMessageCryptTests
{
    // The sample settings and requests of the official 加解密库 (token, EncodingAESKey, CorpID).
    private const string SampleToken = "QDG6eK";
    private const string SampleKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private const string SampleCorpId = "wx5823bf96d3bd56c7";
    private const string SampleEchoStr = "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";
    private const string SampleEncrypt =
        "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==";

    private static WeComMessageCrypt Sample(string corpId = SampleCorpId) => new(SampleToken, SampleKey, corpId);

    [Fact]
    public void The_documented_url_verification_signs_and_decrypts()
    {
        var crypt = Sample();
        Assert.Equal("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", crypt.Sign("1409659589", "263014780", SampleEchoStr));
        Assert.True(crypt.SignatureMatches("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589", "263014780", SampleEchoStr));

        var echo = crypt.Decrypt(SampleEchoStr);
        Assert.True(echo.Succeeded, echo.Refusal);
        Assert.Matches("^[0-9]+$", echo.Message);
    }

    [Fact]
    public void The_documented_message_signs_and_decrypts_to_its_xml()
    {
        var crypt = Sample();
        Assert.Equal("477715d11cdb4164915debcba66cb864d751f3e6", crypt.Sign("1409659813", "1372623149", SampleEncrypt));

        var message = crypt.Decrypt(SampleEncrypt);
        Assert.True(message.Succeeded, message.Refusal);
        var callback = WeComCallback.Parse(message.Message!);
        Assert.NotNull(callback);
        Assert.Equal("mycreate", callback.FromUserName);
        Assert.Equal(1409659813, callback.CreateTime);
        Assert.Equal("hello", callback.Content);
        Assert.Equal("4561255354251345929", callback.MsgId);
        Assert.True(callback.IsText);
    }

    [Theory]
    [InlineData("")]
    [InlineData("你好，党支部")]
    [InlineData("<xml><Content><![CDATA[签到]]></Content></xml>")]
    [InlineData("exactly thirty-two bytes long!!")]
    public void A_message_encrypted_here_decrypts_to_itself(string text)
    {
        var crypt = Sample();
        var encrypted = crypt.Encrypt(text);
        Assert.Equal(0, Convert.FromBase64String(encrypted).Length % 32);
        Assert.Equal(text, crypt.Decrypt(encrypted).Message);
        Assert.NotEqual(encrypted, crypt.Encrypt(text)); // the random prefix differs
    }

    [Fact]
    public void A_tampered_signature_does_not_match()
    {
        var crypt = Sample();
        Assert.False(crypt.SignatureMatches("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd4", "1409659589", "263014780", SampleEchoStr));
        Assert.False(crypt.SignatureMatches("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659590", "263014780", SampleEchoStr));
        Assert.False(crypt.SignatureMatches(null, "1409659589", "263014780", SampleEchoStr));
        Assert.False(new WeComMessageCrypt("other", SampleKey, SampleCorpId).SignatureMatches("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589", "263014780", SampleEchoStr));
    }

    [Fact]
    public void A_message_for_another_corp_is_refused()
    {
        var refused = Sample("wwsomeoneelse").Decrypt(SampleEncrypt);
        Assert.False(refused.Succeeded);
        Assert.Contains("receive id", refused.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_padding_and_broken_ciphertext_are_refused()
    {
        var crypt = Sample();
        var bytes = Convert.FromBase64String(crypt.Encrypt("签到"));
        bytes[^1] ^= 0x5a; // the last block decrypts to garbage: its padding is wrong
        Assert.False(crypt.Decrypt(Convert.ToBase64String(bytes)).Succeeded);
        Assert.False(crypt.Decrypt("not base64 at all!").Succeeded);
        Assert.False(crypt.Decrypt(Convert.ToBase64String(new byte[15])).Succeeded);
        Assert.False(crypt.Decrypt(string.Empty).Succeeded);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2")]
    [InlineData("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2!")]
    public void A_key_that_is_not_43_base64_characters_is_not_a_key(string key)
    {
        Assert.Null(WeComMessageCrypt.DecodeKey(key));
        Assert.Throws<ArgumentException>(() => new WeComMessageCrypt(SampleToken, key, SampleCorpId));
    }
}
