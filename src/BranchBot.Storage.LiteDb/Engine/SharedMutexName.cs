using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BranchBot.Storage.LiteDb.Engine;

/// <summary>The machine-wide mutex name LiteDB's shared mode derives from a file's full path.</summary>
internal static class SharedMutexName
{
    // LiteDB lower-cases the path with the current culture before hashing; so do we, to meet it on the same mutex.
#pragma warning disable CA5350 // SHA-1 names a mutex here; nothing is protected by it.
#pragma warning disable CA1308 // LiteDB's convention is lower case.
    public static string For(string fullPath) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(fullPath.ToLower(CultureInfo.CurrentCulture))));
#pragma warning restore CA1308
#pragma warning restore CA5350
}
