using BranchBot.Core.Storage;

namespace BranchBot.Storage.LiteDb.Engine;

/// <summary>Tells a full disk apart from other I/O failures.</summary>
internal static class StorageErrors
{
    // errno values .NET carries in IOException.HResult on Unix; Windows reports ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL.
    private const int NoSpaceLeft = 28;
    private const int QuotaExceeded = 122;
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);

    public static bool IsDiskFull(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is StorageUnavailableException { Problem: StorageProblem.DiskFull })
            {
                return true;
            }

            if (current is IOException io && (io.HResult is NoSpaceLeft or QuotaExceeded or WindowsDiskFull or WindowsHandleDiskFull
                || io.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase)
                || io.Message.Contains("Disk quota exceeded", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    public static StorageUnavailableException DiskFull(string file, Exception inner) =>
        inner as StorageUnavailableException
        ?? new StorageUnavailableException(StorageProblem.DiskFull, $"The disk holding {file} is full; nothing was written.", inner);
}
