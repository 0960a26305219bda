using BranchBot.Core.Security;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Security;

public sealed class LiteDbSecretStore(LiteDbContext context) : ISecretStore
{
    private readonly ILiteCollection<SecretDocument> _collection = context.Collection<SecretDocument>(LiteDbCollections.Secrets);
    private readonly Lock _lock = new();

    public byte[] GetOrCreate(string name, Func<byte[]> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        lock (_lock)
        {
            if (_collection.FindById(name) is { } existing)
            {
                return existing.Value;
            }

            var value = create();
            // Insert, not upsert: if another process (the CLI) stored one meanwhile, its key wins and is read back.
            try
            {
                _collection.Insert(new SecretDocument { Id = name, Value = value });
                return value;
            }
            catch (LiteException exception) when (exception.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
            {
                return _collection.FindById(name).Value;
            }
        }
    }

    internal sealed class SecretDocument
    {
        public string Id { get; set; } = string.Empty;
        public byte[] Value { get; set; } = [];
    }
}
