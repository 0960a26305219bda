using LiteDB;

namespace BranchBot.Storage.LiteDb.Schema;

/// <summary>
/// One change to the stored documents that a version of BranchBot needs (a new collection filled from an old one, a
/// field every document must carry). <see cref="LiteDbSchema"/> runs each step once, in order, inside a transaction.
/// </summary>
public interface ISchemaStep
{
    /// <summary>The database's version once this step has run (LiteDB's USER_VERSION); the first step is 1.</summary>
    int Version { get; }

    /// <summary>What the step does, in the log line of the upgrade.</summary>
    string Description { get; }

    /// <summary>
    /// Brings the documents to <see cref="Version"/>. Idempotent: it checks before it writes, so running it again after
    /// an interruption (the version is recorded after the transaction commits) changes nothing more. Synchronous, as a
    /// LiteDB transaction belongs to its thread.
    /// </summary>
    void Apply(LiteDatabase database);
}
