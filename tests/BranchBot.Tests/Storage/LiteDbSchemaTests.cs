using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Schema;
using BranchBot.Tests.Support;
using LiteDB;

namespace BranchBot.Tests.Storage;

/// <summary>
/// The schema version of the database file: older files are brought up to date by ordered steps, each in one
/// transaction, after a copy of the file as it was; a new file starts current; a file from a newer BranchBot is refused.
/// </summary>
public sealed class LiteDbSchemaTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-schema-");

    private string Database => Path.Combine(_folder.FullName, "branchbot.db");

    private string Connection => $"Filename={Database};Connection=shared";

    [Fact]
    public void Steps_run_in_order_once_and_the_version_is_recorded()
    {
        WriteUnversionedDatabase();
        var first = new Step(1, database => SetOnMembers(database, "Step1", _ => "一"));
        var second = new Step(2, database => SetOnMembers(database, "Step2", member => member["Step1"].AsString + "二"));

        using (var context = LiteDbContext.Open(Connection))
        {
            var upgrade = LiteDbSchema.Upgrade(context, [first, second]);

            Assert.Equal((0, 2), (upgrade.From, upgrade.To));
            Assert.Equal(2, context.Database.UserVersion);
            Assert.Equal("一二", context.Database.GetCollection(LiteDbCollections.Members).FindById("m_1")["Step2"].AsString);
        }

        using (var reopened = LiteDbContext.Open(Connection))
        {
            var again = LiteDbSchema.Upgrade(reopened, [first, second]);

            Assert.False(again.Upgraded);
            Assert.Null(again.Backup);
        }

        Assert.Equal((1, 1), (first.Runs, second.Runs));
    }

    [Fact]
    public void The_file_as_it_was_is_copied_before_the_first_step()
    {
        WriteUnversionedDatabase();

        using (var context = LiteDbContext.Open(Connection))
        {
            var upgrade = LiteDbSchema.Upgrade(context, [new Step(1, database => SetOnMembers(database, "Step1", _ => "一"))]);

            Assert.Equal(Database + ".v0.bak", upgrade.Backup);
        }

        using var backup = new LiteDatabase($"Filename={Database}.v0.bak;ReadOnly=true");
        Assert.Equal(0, backup.UserVersion);
        var member = backup.GetCollection(LiteDbCollections.Members).FindById("m_1");
        Assert.Equal("张三", member["Name"].AsString);
        Assert.False(member.ContainsKey("Step1"));
    }

    [Fact]
    public void A_failing_step_leaves_none_of_its_writes_and_runs_again_at_the_next_open()
    {
        WriteUnversionedDatabase();
        var first = new Step(1, database => SetOnMembers(database, "Step1", _ => "一"));
        var failing = new Step(2, database =>
        {
            SetOnMembers(database, "Step2", _ => "半");
            throw new InvalidOperationException("disk pulled");
        });

        using (var context = LiteDbContext.Open(Connection))
        {
            Assert.Throws<InvalidOperationException>(() => LiteDbSchema.Upgrade(context, [first, failing]));

            Assert.Equal(1, context.Database.UserVersion);
            Assert.False(context.Database.GetCollection(LiteDbCollections.Members).FindById("m_1").ContainsKey("Step2"));
        }

        var fixedStep = new Step(2, database => SetOnMembers(database, "Step2", _ => "二"));
        using (var reopened = LiteDbContext.Open(Connection))
        {
            var upgrade = LiteDbSchema.Upgrade(reopened, [first, fixedStep]);

            Assert.Equal((1, 2), (upgrade.From, upgrade.To));
            Assert.Equal("二", reopened.Database.GetCollection(LiteDbCollections.Members).FindById("m_1")["Step2"].AsString);
        }

        Assert.Equal(1, first.Runs);
    }

    [Fact]
    public void A_new_database_starts_at_the_current_version_without_steps_or_a_copy()
    {
        var step = new Step(1, database => SetOnMembers(database, "Step1", _ => "一"));

        using var context = LiteDbContext.Open(Connection);
        var upgrade = LiteDbSchema.Upgrade(context, [step]);

        Assert.Equal(1, context.Database.UserVersion);
        Assert.Null(upgrade.Backup);
        Assert.Equal(0, step.Runs);
        Assert.Empty(Directory.GetFiles(_folder.FullName, "*.bak"));
    }

    [Fact]
    public void A_database_newer_than_the_code_is_refused_untouched()
    {
        WriteUnversionedDatabase(version: 3);
        var step = new Step(1, database => SetOnMembers(database, "Step1", _ => "一"));

        using var context = LiteDbContext.Open(Connection);
        var refusal = Assert.Throws<SchemaTooNewException>(() => LiteDbSchema.Upgrade(context, [step]));

        Assert.Contains("更新版本", refusal.Message, StringComparison.Ordinal);
        Assert.Contains(Database, refusal.Message, StringComparison.Ordinal);
        Assert.Equal(3, context.Database.UserVersion);
        Assert.Equal(0, step.Runs);
    }

    [Fact]
    public void Steps_out_of_order_are_a_programming_error()
    {
        WriteUnversionedDatabase();

        using var context = LiteDbContext.Open(Connection);

        Assert.Throws<InvalidOperationException>(() => LiteDbSchema.Upgrade(context, [new Step(2, _ => { })]));
        Assert.Equal(0, context.Database.UserVersion);
    }

    [Theory]
    [InlineData]
    [InlineData("roster", "export")]
    public async Task The_server_and_the_cli_refuse_a_newer_database_with_one_line(params string[] verb)
    {
        WriteUnversionedDatabase(version: LiteDbSchema.CurrentVersion + 1);

        var (code, output) = await BranchBotProcess.RunAsync(Connection, null, verb);

        Assert.Equal(1, code);
        Assert.Contains("由更新版本的 BranchBot 写入", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        using var database = new LiteDatabase($"Filename={Database};ReadOnly=true");
        Assert.Equal(LiteDbSchema.CurrentVersion + 1, database.UserVersion);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>A database as written before versions existed (or by a newer release, with <paramref name="version"/>).</summary>
    private void WriteUnversionedDatabase(int version = 0)
    {
        using var context = LiteDbContext.Open(Connection);
        context.Database.GetCollection(LiteDbCollections.Members).Insert(new BsonDocument { ["_id"] = "m_1", ["Name"] = "张三" });
        context.Database.UserVersion = version;
    }

    private static void SetOnMembers(LiteDatabase database, string field, Func<BsonDocument, string> value)
    {
        var members = database.GetCollection(LiteDbCollections.Members);
        foreach (var member in members.FindAll().ToList())
        {
            member[field] = value(member);
            members.Update(member);
        }
    }

    private sealed class Step(int version, Action<LiteDatabase> apply) : ISchemaStep
    {
        public int Runs { get; private set; }

        public int Version => version;

        public string Description => $"test step {version}";

        public void Apply(LiteDatabase database)
        {
            Runs++;
            apply(database);
        }
    }
}
