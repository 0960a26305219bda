using BranchBot.Core.Meetings;
using BranchBot.Core.Organisation;
using BranchBot.Core.Time;
using BranchBot.Organisation;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BranchBot.Tests.Organisation;

/// <summary>
/// Branches:{branch} settings over the organisation's: a branch abroad keeps its meetings on its own clock, another
/// branch's reminder offsets and 台账 rules are its own, the others keep the organisation's; a setting that cannot be
/// used stops the start (a branch made while running keeps the organisation's value), and a section naming no branch is reported.
/// </summary>
public class BranchSettingsTests
{
    private static readonly Dictionary<string, string?> SecondBranchAbroad = new()
    {
        ["Branches:第二党支部:TimeZone"] = "Europe/Berlin",
        ["Branches:第二党支部:Meetings:ReminderOffsets:0"] = "02:00:00",
        ["Branches:第二党支部:Compliance:Rules:0:Kind"] = "GeneralMeeting",
        ["Branches:第二党支部:Compliance:Rules:0:Period"] = "Quarter",
        ["Branches:第二党支部:Compliance:Rules:0:Basis"] = "《中国共产党支部工作条例（试行）》第十一条",
    };

    [Fact]
    public async Task A_branch_abroad_schedules_on_its_own_clock_with_its_own_reminders_and_rules_and_the_first_keeps_the_organisations()
    {
        await using var bot = new BotHarness(settings: SecondBranchAbroad);
        var (wang, _, li, _) = TwoBranchScript.Start(bot);
        var scopes = bot.Services.GetRequiredService<IBranchScopes>();
        var second = scopes.For((await scopes.OpenBranchIdsAsync(CancellationToken.None)).Single(id => id != scopes.PrimaryBranchId));

        wang.Send("安排 党员大会 明天下午3点 三楼会议室").ExpectReply("请确认会议安排").Send("确认").ExpectReply("已安排");
        li.Send("安排 党员大会 明天下午3点 使馆会议室").ExpectReply("请确认会议安排").Send("确认").ExpectReply("已安排");

        var first = Assert.Single(await bot.Services.GetRequiredService<IMeetingStore>().ListStartingBetweenAsync(BotHarness.Start, BotHarness.Start.AddDays(3), CancellationToken.None));
        var abroad = Assert.Single(await second.GetRequiredService<IMeetingStore>().ListStartingBetweenAsync(BotHarness.Start, BotHarness.Start.AddDays(3), CancellationToken.None));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.Zero), first.StartsAt.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 14, 0, 0, TimeSpan.Zero), abroad.StartsAt.ToUniversalTime());
        Assert.Equal("Europe/Berlin", second.GetRequiredService<BranchClock>().Zone.Id);
        Assert.Equal("Asia/Shanghai", bot.Services.GetRequiredService<BranchClock>().Zone.Id);

        Assert.Equal([TimeSpan.FromHours(2)], second.GetRequiredService<IOptions<MeetingOptions>>().Value.EffectiveReminderOffsets);
        Assert.Equal([TimeSpan.FromDays(1), TimeSpan.FromHours(1)], bot.Services.GetRequiredService<IOptions<MeetingOptions>>().Value.EffectiveReminderOffsets);
        Assert.Equal([MeetingKind.GeneralMeeting], second.GetRequiredService<IOptions<ComplianceOptions>>().Value.EffectiveRules.Select(r => r.Kind));
        Assert.Equal(ComplianceOptions.Defaults.Count, bot.Services.GetRequiredService<IOptions<ComplianceOptions>>().Value.EffectiveRules.Count);
    }

    [Fact]
    public async Task An_unknown_time_zone_stops_the_start_with_one_line_and_a_section_naming_no_branch_is_reported()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Branches:第二党支部:TimeZone"] = "Mars/Olympus",
            ["Branches:第三党支部:TimeZone"] = "Asia/Shanghai",
        };
        await using var bot = new BotHarness(settings: settings);
        TwoBranchScript.Start(bot);
        var configuration = bot.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>();

        var scopes = bot.Services.GetRequiredService<IBranchScopes>();
        var second = scopes.For((await scopes.OpenBranchIdsAsync(CancellationToken.None)).Single(id => id != scopes.PrimaryBranchId));
        Assert.Equal("Asia/Shanghai", second.GetRequiredService<BranchClock>().Zone.Id);

        Assert.False(BranchSettingsStartupCheck.TryCheck(bot.Services, configuration));
        Assert.Contains(bot.Logs.Lines, l => l.Message.Contains("Branches:第二党支部:TimeZone 'Mars/Olympus' is not a known time zone", StringComparison.Ordinal));

        settings["Branches:第二党支部:TimeZone"] = "Europe/Berlin";
        await using var fixedBot = new BotHarness(settings: settings);
        TwoBranchScript.Start(fixedBot);
        Assert.True(BranchSettingsStartupCheck.TryCheck(fixedBot.Services, fixedBot.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()));
        Assert.Contains(fixedBot.Logs.Lines, l => l.Message.Contains("Branches:第三党支部 names no open branch", StringComparison.Ordinal));
    }
}
