using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Bot.Commands;

/// <summary>
/// Lets a conversation step aside when the user sends another command instead of an answer. Only a keyword
/// alone or followed by a space counts, so an answer that merely starts with a command word stays an answer.
/// </summary>
public sealed class CommandInterruption(CommandCatalog catalog)
{
    public CommandMatch? Find(string text)
    {
        if (catalog.Match(text) is not { } match)
        {
            return null;
        }

        var typed = TextNormalizer.CollapseSpaces(TextNormalizer.StripTrailingPunctuation(text));
        var rest = typed.Length > match.Keyword.Length ? typed[match.Keyword.Length] : ' ';
        return rest is ' ' or ':' or '：' ? match : null;
    }

    /// <summary>Runs the command as the bot would have outside the dialog, refusing it if the sender may not use it.</summary>
    public async Task RunAsync(DialogContext dc, CommandMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(match);
        var sender = Sender.Of(dc);
        if (AudienceCheck.Refusal(match.Command, sender, match.Keyword) is { } refusal)
        {
            await dc.SendAsync(refusal, cancellationToken);
            return;
        }

        await match.Command.HandleAsync(new BotTurn(dc.Context, dc, sender), match.Arguments, cancellationToken);
    }
}
