namespace BranchBot.Storage.LiteDb.Engine;

/// <summary>Free bytes on the file system holding a file, when the platform tells.</summary>
internal static class FreeSpace
{
    public static long? Of(string file)
    {
        try
        {
            return new DriveInfo(Path.GetDirectoryName(Path.GetFullPath(file))!).AvailableFreeSpace;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
