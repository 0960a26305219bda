using BranchBot.Core.Dues;
using BranchBot.Core.Membership;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Dues;

/// <summary>
/// A branch of 王书记 (secretary), 张三 and 李四, on the harness's fake clock (Wed 25 Nov 2026 10:00 in Beijing unless
/// moved). Domain tests call the services directly; conversation tests use the scripts.
/// </summary>
internal sealed class DuesScenario : IAsyncDisposable
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public DuesScenario(BotHarness? bot = null)
    {
        Bot = bot ?? new BotHarness();
        Secretary = Bot.ClaimedBranch();
        Zhang = Bot.JoinedMember(Secretary, "zhang", "张三");
        Li = Bot.JoinedMember(Secretary, "li", "李四");
    }

    public BotHarness Bot { get; }

    public ConversationScript Secretary { get; }

    public ConversationScript Zhang { get; }

    public ConversationScript Li { get; }

    public DuesService Dues => Bot.Services.GetRequiredService<DuesService>();

    public DuesReports Reports => Bot.Services.GetRequiredService<DuesReports>();

    public static CancellationToken None => CancellationToken.None;

    public Task<Member> MemberAsync(string name) => Bot.Membership.FindByNameAsync(name, None)!;

    public void SetLocalTime(DateTime local) => Bot.Clock.SetUtcNow(new DateTimeOffset(local, Beijing));

    /// <summary>Records a salary base for the member from the current month.</summary>
    public async Task<DuesBase> SalaryAsync(string name, decimal income)
    {
        var set = await Dues.SetBaseAsync(await MemberAsync("王书记"), await MemberAsync(name), DuesStatus.Employed, income, null, None);
        Assert.True(set.Succeeded, set.Problem?.ToString());
        return set.Value!;
    }

    public async Task<DuesPaymentResult> RecordAsync(string name, params DuesMonth[] months)
    {
        var recorded = await Dues.RecordAsync(await MemberAsync("王书记"), await MemberAsync(name), months, null, Guid.NewGuid().ToString("N"), None);
        Assert.True(recorded.Succeeded, recorded.Problem?.ToString());
        return recorded.Value!;
    }

    public ValueTask DisposeAsync() => Bot.DisposeAsync();
}
