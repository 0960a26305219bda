using System.Diagnostics;

namespace BranchBot.Tests.Support;

/// <summary>
/// A real, tiny file system (tmpfs) mounted on a temporary folder, so a test can fill the disk under the database
/// and free it again. Mounting needs root; elsewhere the tests skip with the reason, unless
/// BRANCHBOT_REQUIRE_MOUNT=1 (CI, which runs as root), where they fail.
/// </summary>
internal sealed class SmallDisk : IDisposable
{
    public const string RequireVariable = "BRANCHBOT_REQUIRE_MOUNT";

    private SmallDisk(string folder) => Folder = folder;

    public string Folder { get; }

    private string Filler => Path.Combine(Folder, "filler.bin");

    public static SmallDisk Mount(int megabytes)
    {
        var folder = Directory.CreateTempSubdirectory("branchbot-small-disk-").FullName;
        var (code, output) = Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}M", "tmpfs", folder);
        if (code == 0)
        {
            return new SmallDisk(folder);
        }

        Directory.Delete(folder);
        var reason = $"Cannot mount a small tmpfs to fill up (needs root): {output.Trim()}";
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            Assert.Fail($"{reason} {RequireVariable}=1 makes this a failure instead of a skip.");
        }

        Skip.If(true, reason);
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>Writes a filler file until the file system refuses another byte.</summary>
    public void Fill()
    {
        using var filler = new FileStream(Filler, FileMode.Append, FileAccess.Write, FileShare.None, bufferSize: 0);
        var block = new byte[64 * 1024];
        try
        {
            while (true)
            {
                filler.Write(block);
            }
        }
        catch (IOException)
        {
            // Full down to the last block; now the single bytes.
        }

        try
        {
            while (true)
            {
                filler.WriteByte(0);
            }
        }
        catch (IOException)
        {
            // Full.
        }
    }

    public void Free() => File.Delete(Filler);

    public void Dispose()
    {
        Run("umount", "-l", Folder);
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Lazily unmounted; the empty mount point goes with the temp folder's cleanup.
        }
    }

    private static (int Code, string Output) Run(string program, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception failure)
        {
            return (-1, failure.Message);
        }
    }
}
