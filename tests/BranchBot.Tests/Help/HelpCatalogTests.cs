using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Tests.Help;

/// <summary>Holds for every registered command, so a newly added command cannot fall out of 帮助.</summary>
public class HelpCatalogTests
{
    [Fact]
    public async Task Every_command_shown_in_help_belongs_to_a_listed_topic()
    {
        await using var branch = new HelpBranch();
        var topics = branch.Help.Topics;
        var shown = branch.Catalog.Commands.Where(c => c.Help is not null).ToList();

        Assert.True(shown.Count >= 40, $"Only {shown.Count} commands in help; is the whole host registered?");
        Assert.All(shown, command => Assert.Contains(command.Help!.Topic, topics));
        Assert.Equal(topics.Count, topics.Select(t => t.Name).Distinct().Count());
    }

    [Fact]
    public async Task Every_command_is_reachable_from_a_topic_by_everyone_allowed_to_use_it()
    {
        await using var branch = new HelpBranch();
        foreach (var person in branch.Everyone)
        {
            person.Send("帮助").ExpectReply("我可以帮你");
            var topicRequests = person.LastReply!.SuggestedActions!.Actions
                .Select(a => a.Value?.ToString() ?? string.Empty)
                .Where(value => value.StartsWith("帮助 ", StringComparison.Ordinal))
                .ToList();

            var listings = new List<string>();
            foreach (var request in topicRequests)
            {
                person.Send(request).ExpectReply("你可以使用");
                Assert.InRange(person.LastReply!.SuggestedActions!.Actions.Count, 1, 8);
                listings.Add(person.LastReplyText);
            }

            var sender = branch.SenderOf(person);
            var allowed = branch.Catalog.Commands
                .Where(c => c.Help is not null && AudienceCheck.Allows(c.Audience, sender) && c.IsOfferedTo(sender))
                .ToList();
            Assert.NotEmpty(allowed);
            foreach (var command in allowed)
            {
                var line = $"• {command.Help!.Usage} — {command.Help.Description}";
                Assert.True(
                    listings.Any(listing => listing.Contains(line, StringComparison.Ordinal)),
                    $"{sender.Member!.Name} cannot find 「{command.Help.Title}」 under any of: {string.Join(", ", topicRequests)}");
            }
        }
    }

    [Fact]
    public async Task No_topic_name_shadows_a_command_keyword()
    {
        await using var branch = new HelpBranch();
        var keywords = branch.Catalog.Commands.SelectMany(c => c.Keywords).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var topic in branch.Help.Topics)
        {
            Assert.DoesNotContain(topic.Name, keywords);
            Assert.All(topic.Aliases, alias => Assert.DoesNotContain(alias, keywords));
        }
    }

    [Fact]
    public async Task Every_example_in_help_runs_the_command_it_explains()
    {
        await using var branch = new HelpBranch();
        foreach (var command in branch.Catalog.Commands.Where(c => c.Help?.Example is not null))
        {
            var match = branch.Catalog.Match(command.Help!.Example);
            Assert.True(match?.Command == command, $"「{command.Help.Example}」 does not run 「{command.Help.Title}」.");
            Assert.NotEqual(string.Empty, match!.Arguments);
        }
    }

    [Fact]
    public async Task Each_role_has_three_to_five_everyday_commands()
    {
        await using var branch = new HelpBranch();
        foreach (var person in branch.Everyone)
        {
            person.Send("帮助").ExpectReply("我可以帮你");
            var shortcuts = person.LastReply!.SuggestedActions!.Actions
                .Count(a => !(a.Value?.ToString() ?? string.Empty).StartsWith("帮助 ", StringComparison.Ordinal));
            Assert.InRange(shortcuts, 3, 5);
        }
    }
}
