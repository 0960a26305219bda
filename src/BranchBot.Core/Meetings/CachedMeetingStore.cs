namespace BranchBot.Core.Meetings;

/// <summary>
/// Keeps every meeting in memory, sorted by start: 签到, 近期安排, 请假 and 签到情况 each look meetings up by time, and a
/// query each was a large part of a turn. A branch holds a few hundred meetings a year, so the whole set is read once,
/// on first use; saves go to the store first and then to memory. This process is the only writer of meetings (chat
/// commands, the console, recurring plans; the CLI verbs never write them), so the copy cannot go stale. Plans and
/// attendance go straight to the store.
/// </summary>
public sealed class CachedMeetingStore(IMeetingStore inner) : IMeetingStore
{
    private readonly Lock _saving = new();
    private Loaded? _loaded;

    public async ValueTask<Meeting?> GetAsync(string meetingId, CancellationToken cancellationToken) =>
        (await LoadedAsync(cancellationToken)).ById.GetValueOrDefault(meetingId);

    public async ValueTask<IReadOnlyList<Meeting>> ListStartingBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var byStart = (await LoadedAsync(cancellationToken)).ByStart;
        var first = FirstStartingAtOrAfter(byStart, from);
        var found = new List<Meeting>();
        for (var i = first; i < byStart.Length && byStart[i].StartsAt < to; i++)
        {
            found.Add(byStart[i]);
        }

        return found;
    }

    public async ValueTask SaveAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        await LoadedAsync(cancellationToken);
        await inner.SaveAsync(meeting, cancellationToken);
        await RememberAsStoredAsync([meeting], cancellationToken);
    }

    public async ValueTask SaveManyAsync(IReadOnlyList<Meeting> meetings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        await LoadedAsync(cancellationToken);
        await inner.SaveManyAsync(meetings, cancellationToken);
        await RememberAsStoredAsync(meetings, cancellationToken);
    }

    public ValueTask<IReadOnlyList<MeetingPlan>> ListPlansAsync(CancellationToken cancellationToken) => inner.ListPlansAsync(cancellationToken);

    public ValueTask SavePlanAsync(MeetingPlan plan, CancellationToken cancellationToken) => inner.SavePlanAsync(plan, cancellationToken);

    public ValueTask<AttendanceRecord?> GetAttendanceAsync(string meetingId, string memberId, CancellationToken cancellationToken) =>
        inner.GetAttendanceAsync(meetingId, memberId, cancellationToken);

    public ValueTask<IReadOnlyList<AttendanceRecord>> ListAttendanceAsync(string meetingId, CancellationToken cancellationToken) =>
        inner.ListAttendanceAsync(meetingId, cancellationToken);

    public ValueTask<IReadOnlyList<AttendanceRecord>> ListPendingLeaveAsync(CancellationToken cancellationToken) =>
        inner.ListPendingLeaveAsync(cancellationToken);

    public ValueTask SaveAttendanceAsync(AttendanceRecord record, CancellationToken cancellationToken) =>
        inner.SaveAttendanceAsync(record, cancellationToken);

    private static int FirstStartingAtOrAfter(Meeting[] byStart, DateTimeOffset from)
    {
        int low = 0, high = byStart.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (byStart[middle].StartsAt < from)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    // What the store gives back (its times have millisecond precision), so a meeting reads the same from memory as it did from the store.
    private async ValueTask RememberAsStoredAsync(IReadOnlyList<Meeting> saved, CancellationToken cancellationToken)
    {
        var stored = new List<Meeting>(saved.Count);
        foreach (var meeting in saved)
        {
            stored.Add(await inner.GetAsync(meeting.Id, CancellationToken.None) ?? meeting);
        }

        cancellationToken.ThrowIfCancellationRequested();
        Remember(stored);
    }

    private void Remember(IReadOnlyList<Meeting> saved)
    {
        lock (_saving)
        {
            var byId = new Dictionary<string, Meeting>(_loaded!.ById, StringComparer.Ordinal);
            foreach (var meeting in saved)
            {
                byId[meeting.Id] = meeting;
            }

            Volatile.Write(ref _loaded, Loaded.Of(byId));
        }
    }

    /// <summary>The loaded set; two first uses at once may both read, and the first to finish is kept.</summary>
    private async ValueTask<Loaded> LoadedAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _loaded) is { } loaded)
        {
            return loaded;
        }

        var all = await inner.ListStartingBetweenAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, cancellationToken);
        var read = Loaded.Of(all.ToDictionary(m => m.Id, StringComparer.Ordinal));
        lock (_saving)
        {
            return Interlocked.CompareExchange(ref _loaded, read, null) ?? read;
        }
    }

    /// <summary>One consistent copy: by id, and by start (ties in id order, as the store's index returns them stably).</summary>
    private sealed record Loaded(IReadOnlyDictionary<string, Meeting> ById, Meeting[] ByStart)
    {
        public static Loaded Of(Dictionary<string, Meeting> byId) =>
            new(byId, [.. byId.Values.OrderBy(m => m.StartsAt).ThenBy(m => m.Id, StringComparer.Ordinal)]);
    }
}
