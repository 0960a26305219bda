using System.Net;
using BranchBot.Core.Calendar;
using BranchBot.Core.Membership;
using BranchBot.Core.WebConsole;
using BranchBot.Storage.LiteDb;
using BranchBot.Tests.Calendar;
using BranchBot.Tests.Console;
using BranchBot.Tests.Support;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Security;

/// <summary>Invite codes and calendar tokens are stored as keyed hashes only, and still work.</summary>
public sealed class HashedCodeTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("branchbot-codes-");

    private Dictionary<string, string?> FileDatabase => new()
    {
        ["ConnectionStrings:BranchBot"] = $"Filename={Path.Combine(_root.FullName, "data", "branchbot.db")};Connection=shared",
    };

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public async Task Codes_are_not_stored_in_plain_text_yet_joining_and_the_feed_work()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        secretary.Send("添加党员 李四").ExpectReply("邀请码");
        var code = ConversationScript.InviteCodeIn(secretary.LastReplyText);
        var token = secretary.CalendarToken();

        var database = bot.Services.GetRequiredService<LiteDbContext>();
        var invites = database.Collection<BsonDocument>(LiteDbCollections.Invites).FindAll().ToList();
        var calendar = database.Collection<BsonDocument>(LiteDbCollections.CalendarTokens).FindAll().ToList();
        Assert.NotEmpty(invites);
        Assert.All(invites, i => Assert.StartsWith("h1:", i["_id"].AsString, StringComparison.Ordinal));
        Assert.DoesNotContain(invites, i => i.ToString().Contains(code, StringComparison.OrdinalIgnoreCase));
        Assert.All(calendar, t => Assert.StartsWith("h1:", t["Token"].AsString, StringComparison.Ordinal));
        Assert.DoesNotContain(calendar, t => t.ToString().Contains(token, StringComparison.Ordinal));

        bot.User("li").Send($"加入 {code.ToLowerInvariant()}").ExpectReply("欢迎你，李四同志");
        Assert.NotNull(await bot.FeedAsync(token));
    }

    [Fact]
    public async Task Plain_invites_and_calendar_tokens_of_an_old_database_are_hashed_at_start_and_keep_working()
    {
        const string oldCode = "ABCD2345";
        const string oldToken = "OldPlainCalendarToken0123456789a";
        Member secretary, li;
        await using (var first = new BranchBotApplication(FileDatabase))
        {
            secretary = await first.ClaimedBranchAsync();
            li = await first.AddMemberAsync(secretary, "李四");
            var database = first.Services.GetRequiredService<LiteDbContext>();
            var invites = database.Collection<BsonDocument>(LiteDbCollections.Invites);
            invites.DeleteAll();
            invites.Insert(new BsonDocument { ["_id"] = oldCode, ["MemberId"] = li.Id, ["CreatedAt"] = first.Clock.GetUtcNow().UtcDateTime, ["ExpiresAt"] = first.Clock.GetUtcNow().AddDays(7).UtcDateTime });
            database.Collection<BsonDocument>(LiteDbCollections.CalendarTokens).Insert(
                new BsonDocument { ["_id"] = secretary.Id, ["Token"] = oldToken, ["CreatedAt"] = first.Clock.GetUtcNow().UtcDateTime });

            // Plain codes exist only in databases from before schema versions: the file says so, as such a file would.
            database.Database.UserVersion = 0;
        }

        await using var second = new BranchBotApplication(FileDatabase);
        using var client = second.CreateClient();

        var stored = second.Services.GetRequiredService<LiteDbContext>();
        Assert.StartsWith("h1:", stored.Collection<BsonDocument>(LiteDbCollections.Invites).FindAll().Single()["_id"].AsString, StringComparison.Ordinal);
        Assert.StartsWith("h1:", stored.Collection<BsonDocument>(LiteDbCollections.CalendarTokens).FindAll().Single()["Token"].AsString, StringComparison.Ordinal);
        using var feed = await client.GetAsync(new Uri($"/calendar/{oldToken}.ics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Contains("欢迎你，李四同志", await client.SayAsync(second, $"加入 {oldCode}", "li"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_console_no_longer_shows_open_codes_and_regenerates_one_on_request()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var added = (await app.Services.GetRequiredService<MembershipService>().AddMemberAsync("李四", null, CancellationToken.None)).Value!;
        var console = await app.SignedInAsync(secretary);

        var (_, page) = await console.GetPageAsync("/console/members");
        Assert.DoesNotContain(added.Invite.Code, page, StringComparison.Ordinal);
        Assert.Contains("已发出", page, StringComparison.Ordinal);

        using var renewed = await console.PostFormFromPageAsync("/console/members/renew-invite", page, ("member", added.Member.Id));
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        var shown = await renewed.Content.ReadAsStringAsync();
        var code = ConversationScript.InviteCodeIn(shown[shown.IndexOf("已为「李四」生成新邀请码", StringComparison.Ordinal)..]);
        Assert.NotEqual(added.Invite.Code, code);

        var chat = app.CreateClient();
        Assert.DoesNotContain("欢迎", await chat.SayAsync(app, $"加入 {added.Invite.Code}", "li"), StringComparison.Ordinal);
        Assert.Contains("欢迎你，李四同志", await chat.SayAsync(app, $"加入 {code}", "li"), StringComparison.Ordinal);
        var audit = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(20, CancellationToken.None);
        Assert.Contains(audit, entry => entry.Action == "重新生成邀请码" && entry.Detail == "李四");
    }

    [Fact]
    public async Task Regenerating_a_code_without_the_csrf_token_is_refused()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var added = (await app.Services.GetRequiredService<MembershipService>().AddMemberAsync("李四", null, CancellationToken.None)).Value!;
        var console = await app.SignedInAsync(secretary);

        using var form = new FormUrlEncodedContent([new("member", added.Member.Id)]);
        using var response = await console.PostAsync(new Uri("/console/members/renew-invite", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("欢迎你，李四同志", await app.CreateClient().SayAsync(app, $"加入 {added.Invite.Code}", "li"), StringComparison.Ordinal);
    }
}
