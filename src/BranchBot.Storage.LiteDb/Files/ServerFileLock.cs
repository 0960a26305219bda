using System.Globalization;
using BranchBot.Core.Security;

namespace BranchBot.Storage.LiteDb.Files;

/// <summary>
/// One server per database file: two would each keep their own conversation state and caches over one file. The
/// lock is the operating system's (an exclusive lock on <see cref="DatabaseFiles.ServerLock"/>), so it goes with the
/// process however it ends, kill -9 included. Command-line verbs are not servers and do not take it.
/// </summary>
public sealed class ServerFileLock : IDisposable
{
    private readonly FileStream _stream;

    private ServerFileLock(FileStream stream) => _stream = stream;

    /// <summary>The lock, or null with the reason when another server holds it.</summary>
    public static ServerFileLock? TryTake(DatabaseFiles files, TimeProvider time, out string? refusal)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(time);
        OwnerOnlyFile.CreateFolder(files.Folder);
        FileStream stream;
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerOnlyFile.FileMode;
            }

            stream = new FileStream(files.ServerLock, options);
        }
        catch (IOException)
        {
            refusal = $"另一个 BranchBot 服务（{Holder(files)}）正在使用数据库 {files.Data}（锁文件 {files.ServerLock}）。" +
                "同一个数据库文件只能由一个服务使用，请先停止那个服务；命令行的 roster、ask、backup 可以在服务运行时使用。";
            return null;
        }

        stream.SetLength(0);
        using (var writer = new StreamWriter(stream, leaveOpen: true))
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId}, since {time.GetUtcNow():u}"));
        }

        stream.Flush();
        refusal = null;
        return new ServerFileLock(stream);
    }

    public void Dispose() => _stream.Dispose();

    // The holder wrote its process id; reading it needs no lock of our own.
    private static string Holder(DatabaseFiles files)
    {
        try
        {
            using var reader = new StreamReader(new FileStream(files.ServerLock, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            var text = reader.ReadToEnd().Trim();
            return text.Length > 0 ? text : "进程号未知";
        }
        catch (IOException)
        {
            return "进程号未知";
        }
    }
}
