using BranchBot.Core.Security;
using BranchBot.Core.Talks;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Talks;

public class TalkRegistrationTests
{
    [Fact]
    public async Task The_server_wires_every_talk_service_over_its_real_content_protector()
    {
        await using var app = new BranchBotApplication();
        var services = app.Services;

        Assert.NotNull(services.GetRequiredService<FeedbackService>());
        Assert.NotNull(services.GetRequiredService<FollowUpService>());
        Assert.NotNull(services.GetRequiredService<SuggestionService>());
        Assert.NotNull(services.GetRequiredService<TalkRecordService>());
        Assert.NotNull(services.GetRequiredService<TalkCoverageService>());
        Assert.NotNull(services.GetRequiredService<TalkPlanService>());
        Assert.NotNull(services.GetRequiredService<AuditLog>());
        Assert.IsNotType<TestContentProtector>(services.GetRequiredService<IContentProtector>());
        Assert.False(services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TalkOptions>>().Value.TrackMemberPairs);
    }
}
