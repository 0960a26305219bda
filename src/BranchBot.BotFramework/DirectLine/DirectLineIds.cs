using System.Buffers.Text;
using System.Security.Cryptography;

namespace BranchBot.BotFramework.DirectLine;

/// <summary>Identifiers of Direct Line conversations and users: random, URL-safe, bounded.</summary>
public static class DirectLineIds
{
    public const int MaxLength = 128;

    public static string NewConversationId() => Random();

    public static string NewUserId() => "dl_" + Random();

    /// <summary>22 URL-safe characters carrying 128 random bits.</summary>
    public static string Random() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>Conversation ids travel in URL paths and log lines: ASCII letters, digits, '-', '_' and '.' only.</summary>
    public static bool IsValidConversationId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>User ids chosen by a trusted caller (secret holder): printable, no surrounding blanks, bounded.</summary>
    public static bool IsValidUserId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxLength && id.Trim().Length == id.Length && !id.Any(char.IsControl);
}
