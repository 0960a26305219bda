using BranchBot.Core.Calendar;
using BranchBot.Core.Membership;
using BranchBot.Core.Security;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace BranchBot.Storage.LiteDb.Security;

/// <summary>
/// Databases from before hashing kept invite codes (as the invite's id) and calendar tokens in plain text. At
/// start-up each such value is replaced by its keyed hash, in one transaction, so the codes and links already handed
/// out keep working and the database no longer holds them. Values that are already hashes are left alone, so running
/// it again changes nothing.
/// </summary>
public sealed partial class PlainCodeMigration(LiteDbContext context, SecretCodeHasher hasher, ILogger<PlainCodeMigration> logger)
{
    private const string CalendarTokenField = "Token";

    public (int Invites, int CalendarTokens) Run()
    {
        var invites = context.Collection<BsonDocument>(LiteDbCollections.Invites);
        var calendar = context.Collection<BsonDocument>(LiteDbCollections.CalendarTokens);
        int invitesHashed = 0, tokensHashed = 0;
        context.InTransaction(() =>
        {
            foreach (var invite in invites.FindAll().Where(d => !SecretCodeHasher.IsHash(d["_id"].AsString)).ToList())
            {
                var code = invite["_id"].AsString;
                invites.Delete(code);
                invite["_id"] = hasher.Hash(Invite.HashPurpose, code);
                invites.Insert(invite);
                invitesHashed++;
            }

            foreach (var token in calendar.FindAll().Where(d => !SecretCodeHasher.IsHash(d[CalendarTokenField].AsString)).ToList())
            {
                token[CalendarTokenField] = hasher.Hash(CalendarTokens.HashPurpose, token[CalendarTokenField].AsString);
                calendar.Update(token);
                tokensHashed++;
            }
        });

        if (invitesHashed + tokensHashed > 0)
        {
            LogMigrated(logger, invitesHashed, tokensHashed);
        }

        return (invitesHashed, tokensHashed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Replaced {Invites} plain invite codes and {Tokens} plain calendar tokens in the database by their hashes; they keep working.")]
    private static partial void LogMigrated(ILogger logger, int invites, int tokens);
}
