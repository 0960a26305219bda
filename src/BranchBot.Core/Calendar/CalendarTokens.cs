using System.Security.Cryptography;

namespace BranchBot.Core.Calendar;

/// <summary>
/// Feed tokens: 32 random letters and digits (about 190 bits), so a link cannot be guessed and tells nothing
/// about the member it belongs to.
/// </summary>
public static class CalendarTokens
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    public const int Length = 32;

    /// <summary>The purpose under which <see cref="Security.SecretCodeHasher"/> hashes feed tokens.</summary>
    public const string HashPurpose = "calendar";

    public static string NewToken() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>True for text that could be a token; anything else is refused without touching the database.</summary>
    public static bool IsWellFormed(string? text) =>
        text is { Length: Length } && text.All(char.IsAsciiLetterOrDigit);
}
