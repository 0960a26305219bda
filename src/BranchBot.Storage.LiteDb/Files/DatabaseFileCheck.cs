using System.Text;

namespace BranchBot.Storage.LiteDb.Files;

/// <summary>
/// Looks at the database file before LiteDB opens it. LiteDB treats a missing or empty file as a new database and
/// silently cuts a file that is not a whole number of pages, so a damaged file would start a new, unclaimed branch
/// (and announce a setup code) over the old one's remains. This refuses instead, in one line that names the file.
/// </summary>
public static class DatabaseFileCheck
{
    private const int PageSize = 8192;
    private const int HeaderInfoOffset = 32;
    private static readonly byte[] HeaderInfo = Encoding.ASCII.GetBytes("** This is a LiteDB file **");

    /// <summary>Null when the file may be opened; otherwise why not, in Chinese, with what to do.</summary>
    /// <param name="files">The database's files.</param>
    /// <param name="evidenceOfData">Files whose presence says this database has held data (its marker, the data key file).</param>
    public static string? FindProblem(DatabaseFiles files, IEnumerable<string> evidenceOfData)
    {
        ArgumentNullException.ThrowIfNull(files);
        var evidence = evidenceOfData.Prepend(files.CreatedMarker).FirstOrDefault(File.Exists);
        var data = new FileInfo(files.Data);
        if (!data.Exists || data.Length == 0)
        {
            return evidence is null
                ? null
                : $"数据库文件 {files.Data} {(data.Exists ? "是空的" : "不存在")}，但 {evidence} 表明这里原本有数据。为免重新初始化覆盖原有支部，服务不启动。{RestoreAdvice(files)}";
        }

        if (data.Length % PageSize != 0)
        {
            return $"数据库文件 {files.Data} 已损坏（{data.Length} 字节，不是完整的数据页，可能被截断）。服务不启动。{RestoreAdvice(files)}";
        }

        if (!files.Encrypted && !HasLiteDbHeader(files.Data))
        {
            return $"数据库文件 {files.Data} 已损坏或不是 BranchBot 的数据库（文件头不对）。服务不启动。{RestoreAdvice(files)}";
        }

        return null;
    }

    /// <summary>The line for a file LiteDB itself could not read.</summary>
    public static string Unreadable(DatabaseFiles files, Exception failure)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(failure);
        return $"数据库文件 {files.Data} 无法读取（{failure.GetType().Name}: {failure.Message}），可能已损坏。服务不启动。{RestoreAdvice(files)}";
    }

    public static string RestoreAdvice(DatabaseFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return $"请从备份恢复：停止服务，把最近的备份（backup 命令生成，默认在 {Path.Combine(files.Folder, "backups")}）复制为 {files.Data}，" +
            $"删除 {files.Log}，再启动（见 docs/backup.md）。确实要作为新支部重新开始时，先把 {files.Data} 和 {files.CreatedMarker} 移走。";
    }

    private static bool HasLiteDbHeader(string path)
    {
        var header = new byte[HeaderInfoOffset + HeaderInfo.Length];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length
            && header.AsSpan(HeaderInfoOffset).SequenceEqual(HeaderInfo);
    }
}
