using BranchBot.Core.PartyDevelopment;

namespace BranchBot.Tests.Storage.Contracts;

/// <summary>发展党员: a file comes back with every step as written (dates, people, vote, exception), per branch, oldest first.</summary>
public abstract class DevelopmentStoreContract : StoreContract
{
    [SkippableFact]
    public async Task A_file_comes_back_whole_and_only_to_its_branch()
    {
        var backend = await BackendAsync();
        var a = backend.Development("A");
        var file = File("pd_1", "张三", At) with
        {
            MemberId = "m1",
            Steps =
            [
                Step(DevelopmentStepKind.Application, new DateOnly(2024, 2, 29)),
                Step(DevelopmentStepKind.Contacts, new DateOnly(2024, 3, 31)) with { People = ["李四", "王五"], Note = "两名培养联系人" },
                Step(DevelopmentStepKind.BranchMeeting, new DateOnly(2025, 6, 1)) with { Vote = new BranchMeetingVote(10, 8, 7) },
                Step(DevelopmentStepKind.Extension, new DateOnly(2026, 6, 1)) with
                {
                    ExtensionMonths = 6, ExceptionReason = "上级党委同意", ExceptionTo = DevelopmentRuleId.ExtensionAfterProbation,
                },
            ],
        };
        await a.SaveAsync(file, None);
        await a.SaveAsync(File("pd_0", "李四", At.AddDays(-1)), None);

        var read = await a.GetAsync("pd_1", None);

        Assert.NotNull(read);
        Assert.Equal(("张三", "m1", 4), (read.Name, read.MemberId, read.Steps.Count));
        Assert.Equal(file.Steps, read.Steps, StepComparer.Instance);
        Assert.Equal(["pd_0", "pd_1"], (await a.ListAsync(None)).Select(r => r.Id));
        Assert.Null(await backend.Development("B").GetAsync("pd_1", None));
        Assert.Empty(await backend.Development("B").ListAsync(None));
    }

    [SkippableFact]
    public async Task Saving_again_replaces_the_steps_and_another_branch_cannot_write_over_it()
    {
        var backend = await BackendAsync();
        var a = backend.Development("A");
        var file = File("pd_1", "张三", At);
        await a.SaveAsync(file, None);
        await a.SaveAsync(file.With(Step(DevelopmentStepKind.ApplicationTalk, new DateOnly(2026, 1, 10))), None);

        Assert.Equal(2, (await a.GetAsync("pd_1", None))!.Steps.Count);
        await Assert.ThrowsAnyAsync<Exception>(async () => await backend.Development("B").SaveAsync(file, None));
        Assert.Equal(2, (await a.GetAsync("pd_1", None))!.Steps.Count);
    }

    private static DevelopmentRecord File(string id, string name, DateTimeOffset at) => new()
    {
        Id = id, Name = name, CreatedBy = "m0", CreatedAt = at, Steps = [Step(DevelopmentStepKind.Application, new DateOnly(2026, 1, 5))],
    };

    private static DevelopmentStep Step(DevelopmentStepKind kind, DateOnly date) => new() { Kind = kind, Date = date, RecordedBy = "m0", RecordedAt = At };

    private sealed class StepComparer : IEqualityComparer<DevelopmentStep>
    {
        public static readonly StepComparer Instance = new();

        public bool Equals(DevelopmentStep? x, DevelopmentStep? y) =>
            x is not null && y is not null && x with { People = [] } == y with { People = [] } && x.People.SequenceEqual(y.People);

        public int GetHashCode(DevelopmentStep obj) => obj.Kind.GetHashCode();
    }
}

public sealed class LiteDbDevelopmentStoreContractTests : DevelopmentStoreContract
{
    protected override Task<StoreBackend> OpenAsync() => Task.FromResult<StoreBackend>(new LiteDbBackend());
}

public sealed class PostgresDevelopmentStoreContractTests : DevelopmentStoreContract
{
    protected override async Task<StoreBackend> OpenAsync() => await PostgresBackend.CreateAsync();
}
