namespace BranchBot.Cli;

internal static class CliUsage
{
    public const string Text = """
        用法：
          dotnet run --project src/BranchBot -- roster import <名单.csv>   导入党员名单
          dotnet run --project src/BranchBot -- roster export [--branch 支部] [输出.csv]
                                                                导出党员名单（省略文件名则输出到屏幕；--branch 只导出一个支部）
          dotnet run --project src/BranchBot -- ask "问题"                 查党内规定；不写问题则逐行读标准输入，每行输出一个 JSON
          dotnet run --project src/BranchBot -- backup [备份.db]           服务运行时备份数据库（默认 data/backups/branchbot-时间.db）
          dotnet run --project src/BranchBot -- migrate-from-litedb <branchbot.db>
                                                                把 LiteDB 数据库复制到配置的 PostgreSQL（重复运行不会改动已有数据）
        名单表头：name,role,group,channelId,userId
          role 可写 书记、副书记、支委、党小组长、党员（或 secretary、deputy_secretary、committee、group_leader、member），留空为党员；
          填写 channelId 和 userId 的行直接绑定该聊天账号，其余党员会生成邀请码；
          可加 branch 列写每行的支部（名称或路径，如 机关党委/第一党支部），留空为第一个支部。
        """;

    public static int Fail(TextWriter error)
    {
        error.WriteLine(Text);
        return 2;
    }
}
