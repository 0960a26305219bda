using LiteDB;

namespace BranchBot.Storage.LiteDb.Engine;

/// <summary>A query's reader that gives the file back when the caller is done with it.</summary>
internal sealed class ClosingDataReader(IBsonDataReader inner, Action close) : IBsonDataReader
{
    private bool _closed;

    public BsonValue this[string field] => inner[field];

    public string Collection => inner.Collection;

    public BsonValue Current => inner.Current;

    public bool HasValues => inner.HasValues;

    public bool Read() => inner.Read();

    public void Dispose()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        try
        {
            inner.Dispose();
        }
        finally
        {
            close();
        }
    }
}
