namespace BranchBot.Core.Security;

/// <summary>
/// Encrypts private content (谈心 feedback, talk records) before it is stored, so the database file never holds it in
/// plain text. Protected text carries the id of the key that wrote it, so keys can be rotated.
/// </summary>
public interface IContentProtector
{
    string Protect(string plaintext);

    /// <summary>Decrypts text written by <see cref="Protect"/>; throws <see cref="System.Security.Cryptography.CryptographicException"/> when it cannot.</summary>
    string Unprotect(string protectedText);
}
