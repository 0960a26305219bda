namespace BranchBot.Storage.LiteDb.Schema;

/// <summary>
/// The database was written by a newer BranchBot than this one: reading it could lose what this version does not know,
/// so the process stops (<see cref="Exception.Message"/> is the one Chinese line the operator sees).
/// </summary>
public sealed class SchemaTooNewException : Exception
{
    public SchemaTooNewException(string? file, int found, int known)
        : base($"数据库{(file is null ? string.Empty : $" {file} ")}由更新版本的 BranchBot 写入（数据版本 {found}，本程序只支持到 {known}），本程序不能打开它：请使用更新版本的 BranchBot，或从升级前的备份恢复（docs/backup.md）。")
    {
        Found = found;
        Known = known;
    }

    public SchemaTooNewException()
    {
    }

    public SchemaTooNewException(string message)
        : base(message)
    {
    }

    public SchemaTooNewException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Found { get; }

    public int Known { get; }
}
