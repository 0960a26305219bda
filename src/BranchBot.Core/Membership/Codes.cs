using System.Security.Cryptography;
using System.Text;

namespace BranchBot.Core.Membership;

/// <summary>Setup and invite codes: short, unambiguous when read aloud or copied, and typed in any case or width.</summary>
public static class Codes
{
    // No 0/O, 1/I/L: people copy codes from a screen or a phone call.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 8;

    public static string NewCode() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Upper case, half width, without the spaces and dashes people add when copying.</summary>
    public static string Normalize(string? text)
    {
        var kc = (text ?? string.Empty).Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(kc.Length);
        foreach (var c in kc)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The invite code at the start of what someone typed, and what follows it: "9CG2RFBH 刘洋" and "9CG2-RFBH刘洋" give
    /// the code and "刘洋". When no code of the right length leads the text, the whole text is the code (and is refused
    /// as such), so nothing is guessed.
    /// </summary>
    public static (string Code, string After) Split(string? text)
    {
        var typed = (text ?? string.Empty).Trim().Normalize(NormalizationForm.FormKC);
        var code = new StringBuilder(Length);
        var taken = 0;
        for (; taken < typed.Length; taken++)
        {
            var c = typed[taken];
            if (char.IsAsciiLetterOrDigit(c))
            {
                code.Append(char.ToUpperInvariant(c));
            }
            else if (code.Length == Length)
            {
                break;
            }
            else if (!char.IsWhiteSpace(c) && c != '-')
            {
                return (typed, string.Empty);
            }
        }

        return code.Length == Length ? (code.ToString(), typed[taken..].Trim()) : (typed, string.Empty);
    }

    public static string Hash(string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(code))));

    public static bool Matches(string candidate, string? expectedHash) =>
        expectedHash is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(candidate)), Encoding.ASCII.GetBytes(expectedHash));
}
