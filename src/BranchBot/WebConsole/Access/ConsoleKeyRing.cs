using BranchBot.BotFramework.DirectLine.Security;
using BranchBot.Security;

namespace BranchBot.WebConsole.Access;

/// <summary>
/// The console's own HMAC keys (one per purpose), from the console key of the signing key file or
/// <c>Console:SigningKey</c>: nothing a Direct Line client holds (the secret, a token) helps to sign a console link
/// or session.
/// </summary>
public sealed class ConsoleKeyRing(SigningKeys keys)
{
    private readonly SigningKeyRing _ring = new(new ConsoleKeySource(keys.Console));

    public byte[] Sign(string purpose, ReadOnlySpan<byte> data) => _ring.Sign(purpose, data);

    public bool Verify(string purpose, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) => _ring.Verify(purpose, data, signature);

    private sealed class ConsoleKeySource(byte[] key) : IDirectLineSigningKeySource
    {
        public byte[] GetMasterKey() => key;
    }
}
