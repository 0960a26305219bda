using BranchBot.Core.Broadcasts;
using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

/// <summary>
/// A console app whose outbox is drained on demand (no background workers), members who joined from chat so the
/// bot can reach them, and what the recording connector delivered to each.
/// </summary>
internal static class BroadcastConsoleSupport
{
    public static BranchBotApplication NewApp() => new(new Dictionary<string, string?> { ["Broadcast:RunWorkers"] = "false" });

    /// <summary>Adds the member and sends 加入 with the invite code from their chat account (user id <paramref name="user"/>).</summary>
    public static async Task<Member> JoinedMemberAsync(this BranchBotApplication app, string name, string user, string? group = null)
    {
        var added = await app.Services.GetRequiredService<MembershipService>().AddMemberAsync(name, group, CancellationToken.None);
        Assert.True(added.Succeeded, added.Problem?.ToString());
        using var chat = app.CreateClient();
        Assert.Contains($"欢迎你，{name}同志！你已加入「", await chat.SayAsync(app, $"加入 {added.Value!.Invite.Code}", user), StringComparison.Ordinal);
        return (await app.Services.GetRequiredService<IMembershipStore>().GetMemberAsync(added.Value.Member.Id, CancellationToken.None))!;
    }

    /// <summary>Sends whatever is due on the fake clock, as the background workers would.</summary>
    public static int Deliver(this BranchBotApplication app) =>
        app.Services.GetRequiredService<IDeliveryDispatcher>().RunDueAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>The texts the bot sent proactively into the user's conversation.</summary>
    public static List<string> DeliveredTo(this BranchBotApplication app, string user) =>
        [.. app.Connector.Calls.Where(c => c.ConversationId == "conv-" + user && c.ReplyToId is null).Select(c => c.Activity.Text ?? string.Empty)];

    public static BroadcastService Broadcasts(this BranchBotApplication app) => app.Services.GetRequiredService<BroadcastService>();

    public static async Task<Broadcast> SendAsync(this BranchBotApplication app, Member author, string text, bool acknowledgement = true, DateTimeOffset? at = null)
    {
        var sent = await app.Broadcasts().SendAsync(new BroadcastDraft(text, BroadcastAudience.Branch, acknowledgement, at), author, CancellationToken.None);
        Assert.True(sent.Succeeded, sent.Problem?.ToString());
        return sent.Value!.Broadcast;
    }
}
