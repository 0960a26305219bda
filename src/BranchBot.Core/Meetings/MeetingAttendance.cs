namespace BranchBot.Core.Meetings;

/// <summary>
/// One meeting's attendance records held by <see cref="CachedMeetingStore"/>: read from the store once, then kept up to
/// date by the saves of this process. A save that lands while the first read is under way wins over what that read
/// returns for the same member.
/// </summary>
internal sealed class MeetingAttendance
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, AttendanceRecord> _byMember = new(StringComparer.Ordinal);
    private readonly HashSet<string> _savedWhileLoading = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile bool _loaded;
    private AttendanceRecord[]? _all;

    public async Task LoadOnceAsync(Func<ValueTask<IReadOnlyList<AttendanceRecord>>> read)
    {
        if (_loaded)
        {
            return;
        }

        await _loading.WaitAsync();
        try
        {
            if (_loaded)
            {
                return;
            }

            var records = await read();
            lock (_lock)
            {
                foreach (var record in records)
                {
                    if (!_savedWhileLoading.Contains(record.MemberId))
                    {
                        _byMember[record.MemberId] = record;
                    }
                }

                _savedWhileLoading.Clear();
                _all = null;
                _loaded = true;
            }
        }
        finally
        {
            _loading.Release();
        }
    }

    public AttendanceRecord? Find(string memberId)
    {
        lock (_lock)
        {
            return _byMember.GetValueOrDefault(memberId);
        }
    }

    /// <summary>Every record, in no particular order; the same array until the next save.</summary>
    public IReadOnlyList<AttendanceRecord> All()
    {
        lock (_lock)
        {
            return _all ??= [.. _byMember.Values];
        }
    }

    public void Remember(AttendanceRecord record)
    {
        lock (_lock)
        {
            _byMember[record.MemberId] = record;
            if (!_loaded)
            {
                _savedWhileLoading.Add(record.MemberId);
            }

            _all = null;
        }
    }
}
