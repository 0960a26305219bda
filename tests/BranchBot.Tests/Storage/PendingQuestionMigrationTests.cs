using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Membership;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Schema;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Storage;

/// <summary>
/// Release 0d9b7e6's 待答1 and 待答2 (a copy of the fixture) numbered per branch: they keep the numbers members were
/// told, under ids "branch:{n}", and the next question forwarded is 待答3.
/// </summary>
public sealed class PendingQuestionMigrationTests : IDisposable
{
    private readonly ReleaseFixtureCopy _fixture = new();

    [Fact]
    public async Task Old_questions_keep_their_numbers_and_the_next_is_3()
    {
        await using var bot = _fixture.Bot();
        var questions = bot.Services.GetRequiredService<PendingQuestionService>();
        var member = await bot.Membership.FindByChatAccountAsync(new ChatAccount("test", "u2"), CancellationToken.None);

        Assert.Equal(("入党积极分子培养期多长？", PendingQuestionState.Answered), ((await questions.GetAsync(1, CancellationToken.None))!.Question, (await questions.GetAsync(1, CancellationToken.None))!.State));
        Assert.Equal("流动党员怎么参加组织生活？", (await questions.GetAsync(2, CancellationToken.None))!.Question);

        var forwarded = await questions.ForwardAsync("预备党员转正要多久？", member!, CancellationToken.None);

        Assert.Equal(3, forwarded.Value!.Question.Number);
        var database = bot.Services.GetRequiredService<LiteDbContext>().Database;
        Assert.Equal(["branch:1", "branch:2", "branch:3"], database.GetCollection(LiteDbCollections.PendingQuestions).FindAll().Select(q => q["_id"].AsString).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_step_run_again_writes_nothing()
    {
        await using var bot = _fixture.Bot();
        var context = bot.Services.GetRequiredService<LiteDbContext>();
        var before = Documents(context.Database);

        context.InTransaction(() => new PendingQuestionNumberingStep().Apply(context.Database));

        Assert.Equal(before, Documents(context.Database));
        Assert.All(context.Database.GetCollection(LiteDbCollections.PendingQuestions).FindAll(), q => Assert.Equal(OrganisationStep.MigratedBranchId, q["BranchId"].AsString));
    }

    public void Dispose() => _fixture.Dispose();

    private static List<string> Documents(LiteDatabase database) =>
        [.. database.GetCollection(LiteDbCollections.PendingQuestions).FindAll().Select(d => d.ToString()).Order(StringComparer.Ordinal)];
}
