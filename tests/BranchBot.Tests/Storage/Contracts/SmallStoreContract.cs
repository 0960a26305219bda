using BranchBot.Core.Calendar;
using BranchBot.Core.Conversations;

namespace BranchBot.Tests.Storage.Contracts;

/// <summary>The organisation-wide small stores: login links once, sign-outs, sent markers, calendar tokens, dialog state, chat addresses.</summary>
public abstract class SmallStoreContract : StoreContract
{
    [SkippableFact]
    public async Task A_login_link_and_a_sent_marker_are_taken_once()
    {
        var backend = await BackendAsync();
        Assert.True(await backend.Logins().TryConsumeAsync("link-1", At.AddMinutes(10), At, None));
        Assert.False(await backend.Logins().TryConsumeAsync("link-1", At.AddMinutes(10), At, None));
        Assert.True(await backend.Logins().IsUsedAsync("link-1", None));
        Assert.False(await backend.Logins().IsUsedAsync("link-2", None));

        Assert.True(await backend.Markers().TryMarkAsync("meeting:mt1:r0:reminder", At, None));
        Assert.False(await backend.Markers().TryMarkAsync("meeting:mt1:r0:reminder", At, None));
        Assert.True(await backend.Markers().IsMarkedAsync("meeting:mt1:r0:reminder", None));
    }

    [SkippableFact]
    public async Task Sign_outs_end_one_session_or_every_earlier_one_of_the_member()
    {
        var signOuts = (await BackendAsync()).SignOuts();
        await signOuts.EndSessionAsync("s1", At.AddHours(8), At, None);
        await signOuts.EndAllSessionsAsync("m2", At, At.AddHours(8), None);

        Assert.True(await signOuts.IsEndedAsync("s1", "m1", At.AddHours(-1), None));
        Assert.False(await signOuts.IsEndedAsync("s2", "m1", At.AddHours(-1), None));
        Assert.True(await signOuts.IsEndedAsync("s3", "m2", At.AddHours(-1), None));
        Assert.False(await signOuts.IsEndedAsync("s4", "m2", At.AddMinutes(1), None));
    }

    [SkippableFact]
    public async Task Calendar_tokens_dialog_state_and_chat_addresses_are_replaced_and_read_back()
    {
        var backend = await BackendAsync();
        await backend.CalendarTokens().SaveAsync(new CalendarToken("m1", "hash-old", At), None);
        await backend.CalendarTokens().SaveAsync(new CalendarToken("m1", "hash-new", At.AddDays(1)), None);
        Assert.Null(await backend.CalendarTokens().FindAsync("hash-old", None));
        Assert.Equal("m1", (await backend.CalendarTokens().FindAsync("hash-new", None))!.MemberId);

        await backend.States().SaveAsync(new ConversationStateRecord("wechat|c1", "{\"step\":1}", At), None);
        await backend.States().SaveAsync(new ConversationStateRecord("wechat|c1", "{\"step\":2}", At.AddMinutes(1)), None);
        Assert.Equal("{\"step\":2}", (await backend.States().GetAsync("wechat|c1", None))!.DialogStateJson);
        await backend.States().DeleteAsync("wechat|c1", None);
        Assert.Null(await backend.States().GetAsync("wechat|c1", None));

        var address = new ChatAddress("wechat", "u1", "张三", "c1", "https://example.invalid/", "bot", "党支部助手", null, "zh-CN", At);
        await backend.Addresses().SaveAsync(address, None);
        await backend.Addresses().SaveAsync(address with { ConversationId = "c2" }, None);
        Assert.Equal("c2", (await backend.Addresses().GetAsync("wechat", "u1", None))!.ConversationId);
        Assert.Single(await backend.Addresses().ListAsync(None));
    }
}

public sealed class LiteDbSmallStoreContractTests : SmallStoreContract
{
    protected override Task<StoreBackend> OpenAsync() => Task.FromResult<StoreBackend>(new LiteDbBackend());
}

public sealed class PostgresSmallStoreContractTests : SmallStoreContract
{
    protected override async Task<StoreBackend> OpenAsync() => await PostgresBackend.CreateAsync();
}
