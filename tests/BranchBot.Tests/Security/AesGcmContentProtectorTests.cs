using System.Security.Cryptography;
using System.Text;
using BranchBot.Core.Security;

namespace BranchBot.Tests.Security;

public class AesGcmContentProtectorTests
{
    private const string Feedback = "最近母亲住院，家里经济有些困难，希望组织上能来看看。";

    [Theory]
    [InlineData(Feedback)]
    [InlineData("")]
    [InlineData("a:b:enc:v1:😀 多行\n第二行")]
    public void Protected_text_reads_back_as_written(string plaintext)
    {
        var protector = new AesGcmContentProtector(ContentKeyRing.Ephemeral());

        Assert.Equal(plaintext, protector.Unprotect(protector.Protect(plaintext)));
    }

    [Fact]
    public void Protected_text_names_the_key_and_hides_the_content()
    {
        var ring = ContentKeyRing.Ephemeral();
        var protector = new AesGcmContentProtector(ring);

        var stored = protector.Protect(Feedback);

        Assert.StartsWith($"enc:v1:{ring.Current.Id}:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("住院", stored, StringComparison.Ordinal);
        var payload = Convert.FromBase64String(stored[$"enc:v1:{ring.Current.Id}:".Length..]);
        Assert.Equal(12 + Encoding.UTF8.GetByteCount(Feedback) + 16, payload.Length);
    }

    [Fact]
    public void The_same_text_is_encrypted_with_a_different_nonce_each_time()
    {
        var protector = new AesGcmContentProtector(ContentKeyRing.Ephemeral());

        var values = Enumerable.Range(0, 20).Select(_ => protector.Protect(Feedback)).ToList();

        Assert.Equal(values.Count, values.Distinct(StringComparer.Ordinal).Count());
        var nonces = values.Select(v => Convert.ToHexString(Payload(v).AsSpan(0, 12))).ToList();
        Assert.Equal(nonces.Count, nonces.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    [InlineData(-1)]
    public void A_changed_byte_anywhere_in_the_payload_is_detected(int position)
    {
        var ring = ContentKeyRing.Ephemeral();
        var protector = new AesGcmContentProtector(ring);
        var payload = Payload(protector.Protect(Feedback));
        var index = position < 0 ? payload.Length + position : position;
        payload[index] ^= 0x01;

        var tampered = $"enc:v1:{ring.Current.Id}:{Convert.ToBase64String(payload)}";

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(tampered));
    }

    [Fact]
    public void A_value_relabelled_to_another_known_key_is_rejected()
    {
        var first = ContentKey.Generate();
        var second = ContentKey.Generate();
        var protector = new AesGcmContentProtector(new ContentKeyRing(first, [second]));
        var stored = protector.Protect(Feedback);

        var relabelled = stored.Replace($":{first.Id}:", $":{second.Id}:", StringComparison.Ordinal);

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(relabelled));
    }

    [Theory]
    [InlineData("最近母亲住院")]
    [InlineData("enc:v1:")]
    [InlineData("enc:v1:kabc")]
    [InlineData("enc:v1:kabc:not base64!")]
    [InlineData("enc:v1:kabc:AAAA")]
    public void Text_that_is_not_intact_protected_content_is_never_returned_as_plain_text(string value)
    {
        var protector = new AesGcmContentProtector(ContentKeyRing.Ephemeral());

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(value));
    }

    [Fact]
    public void A_value_written_with_a_key_that_is_not_configured_cannot_be_read()
    {
        var stored = new AesGcmContentProtector(ContentKeyRing.Ephemeral()).Protect(Feedback);
        var other = new AesGcmContentProtector(ContentKeyRing.Ephemeral());

        var error = Assert.ThrowsAny<CryptographicException>(() => other.Unprotect(stored));
        Assert.Contains("not configured", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("住院", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void After_a_rotation_old_values_read_with_the_previous_key_and_new_values_use_the_new_one()
    {
        var oldKey = ContentKey.Generate();
        var newKey = ContentKey.Generate();
        var before = new AesGcmContentProtector(new ContentKeyRing(oldKey)).Protect(Feedback);

        var rotated = new AesGcmContentProtector(new ContentKeyRing(newKey, [oldKey]));
        var after = rotated.Protect(Feedback);

        Assert.Equal(Feedback, rotated.Unprotect(before));
        Assert.Equal(oldKey.Id, AesGcmContentProtector.KeyIdOf(before));
        Assert.Equal(newKey.Id, AesGcmContentProtector.KeyIdOf(after));
        Assert.True(rotated.NeedsReencryption(before));
        Assert.False(rotated.NeedsReencryption(after));

        // Once everything is re-encrypted the old key can go; what it wrote is then unreadable, never plain.
        var newOnly = new AesGcmContentProtector(new ContentKeyRing(newKey));
        Assert.Equal(Feedback, newOnly.Unprotect(after));
        Assert.ThrowsAny<CryptographicException>(() => newOnly.Unprotect(before));
    }

    [Fact]
    public void Two_different_keys_with_one_id_are_refused()
    {
        var first = ContentKey.FromBase64(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), "main");
        var second = ContentKey.FromBase64(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), "main");

        Assert.Throws<ArgumentException>(() => new ContentKeyRing(first, [second]));
        Assert.Single(new ContentKeyRing(first, [first]).Keys);
    }

    [Theory]
    [InlineData("c2hvcnQ=")]
    [InlineData("not base64 at all")]
    public void A_key_that_is_not_32_bytes_of_base64_is_refused_with_a_clear_message(string configured)
    {
        var error = Assert.Throws<FormatException>(() => ContentKey.FromBase64(configured));

        Assert.Contains("32", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_id_without_a_chosen_name_is_the_fingerprint_of_the_key()
    {
        var material = RandomNumberGenerator.GetBytes(32);

        var key = ContentKey.FromBase64(Convert.ToBase64String(material));

        Assert.Matches("^k[0-9a-f]{8}$", key.Id);
        Assert.Equal(key.Id, ContentKey.FromBase64(Convert.ToBase64String(material)).Id);
        Assert.Throws<ArgumentException>(() => new ContentKey("bad:id", material));
    }

    private static byte[] Payload(string stored) => Convert.FromBase64String(stored[(stored.LastIndexOf(':') + 1)..]);
}
