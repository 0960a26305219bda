namespace BranchBot.Core.Security;

/// <summary>
/// Files and folders only their owner may use (0600 / 0700 on Unix; Windows files carry ACLs and are left alone):
/// the database and the key files, created with that mode from the start so there is no moment others could read them.
/// </summary>
public static class OwnerOnlyFile
{
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public const UnixFileMode GroupOrOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Creates the folder (and missing parents) as 0700; an existing folder keeps its mode.</summary>
    public static void CreateFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (Directory.Exists(folder))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, FolderMode);
        }
    }

    /// <summary>
    /// Creates the file as 0600 with <paramref name="text"/> (in its folder, created as 0700 when missing). False when
    /// it already exists: CreateNew is O_CREAT|O_EXCL, so of several processes starting together exactly one writes it.
    /// </summary>
    public static bool TryCreate(string path, string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            CreateFolder(folder);
        }

        var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, options);
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }

        using (stream)
        {
            using var writer = new StreamWriter(stream);
            writer.Write(text);
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        return true;
    }

    /// <summary>
    /// The file's lines, waiting up to a second while they are not <paramref name="complete"/> yet: another process
    /// may have created the file a moment ago and still be writing it.
    /// </summary>
    public static string[] ReadLinesOnceWritten(string path, Func<string[], bool> complete)
    {
        ArgumentNullException.ThrowIfNull(complete);
        var lines = File.ReadAllLines(path);
        for (var attempt = 0; !complete(lines) && attempt < 40; attempt++)
        {
            Thread.Sleep(25);
            lines = File.ReadAllLines(path);
        }

        return lines;
    }

    /// <summary>Removes group and other access from an existing file; returns the mode it had when that changed anything.</summary>
    public static UnixFileMode? Tighten(string path)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(path))
        {
            return null;
        }

        var mode = File.GetUnixFileMode(path);
        if ((mode & GroupOrOthers) == 0)
        {
            return null;
        }

        File.SetUnixFileMode(path, mode & ~GroupOrOthers);
        return mode;
    }
}
