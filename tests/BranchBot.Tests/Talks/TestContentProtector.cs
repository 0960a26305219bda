using System.Security.Cryptography;
using System.Text;
using BranchBot.Core.Security;

namespace BranchBot.Tests.Talks;

/// <summary>
/// A reversible stand-in for the AES protector in domain tests: base64 behind a marker, so stored documents show
/// that content went through Protect and never hold the plain Chinese text.
/// </summary>
internal sealed class TestContentProtector : IContentProtector
{
    public const string Marker = "test-protected:";

    public string Protect(string plaintext) => Marker + Convert.ToBase64String(Encoding.UTF8.GetBytes(plaintext));

    public string Unprotect(string protectedText)
    {
        ArgumentNullException.ThrowIfNull(protectedText);
        if (!protectedText.StartsWith(Marker, StringComparison.Ordinal))
        {
            throw new CryptographicException("Not written by the test protector.");
        }

        return Encoding.UTF8.GetString(Convert.FromBase64String(protectedText[Marker.Length..]));
    }
}
