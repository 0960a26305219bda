namespace BranchBot.Security;

/// <summary>
/// The server's HMAC keys, independent of each other and of <c>DirectLine:Secret</c>: <see cref="Chat"/> signs the
/// chat page's cookie and Direct Line tokens when no secret is configured, <see cref="Console"/> signs console login
/// links, sessions and CSRF tokens, <see cref="Lookup"/> hashes invite codes and calendar tokens for the database
/// (<see cref="Core.Security.SecretCodeHasher"/>). They live in the signing key file (or configuration), never in the database.
/// </summary>
public sealed record SigningKeys(byte[] Chat, byte[] Console, byte[] Lookup)
{
    public const int MinimumLength = 32;

    public const string ChatName = "chat";
    public const string ConsoleName = "console";
    public const string LookupName = "lookup";

    public static IReadOnlyList<string> Names { get; } = [ChatName, ConsoleName, LookupName];

    public static SigningKeys Generate() => new(NewKey(), NewKey(), NewKey());

    public static byte[] NewKey() => System.Security.Cryptography.RandomNumberGenerator.GetBytes(MinimumLength);
}
