using BranchBot.Core.Security;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Security;

public sealed class LiteDbSecretStore(LiteDbContext context) : ISecretStore
{
    private readonly ILiteCollection<SecretDocument> _collection = context.Collection<SecretDocument>(LiteDbCollections.Secrets);

    public byte[]? Find(string name) => _collection.FindById(name)?.Value;

    public void Delete(string name) => _collection.Delete(name);

    internal sealed class SecretDocument
    {
        public string Id { get; set; } = string.Empty;
        public byte[] Value { get; set; } = [];
    }
}
