namespace BranchBot.Storage.Postgres.Schema;

/// <summary>The database was migrated by a newer BranchBot: this one refuses it rather than misread or damage it.</summary>
public sealed class SchemaTooNewException : InvalidOperationException
{
    public SchemaTooNewException(int found, int known)
        : base($"PostgreSQL 数据库的结构版本是 {found}，由更新版本的 BranchBot 写入；本程序只认识到版本 {known}。请升级 BranchBot 后再启动（不要降级运行）。")
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
