using System.Collections.Concurrent;
using BranchBot.Core.Storage;

namespace BranchBot.Core.Meetings;

/// <summary>
/// Keeps every meeting in memory, sorted by start: 签到, 近期安排, 请假 and 签到情况 each look meetings up by time, and a
/// query each was a large part of a turn. A branch holds a few hundred meetings a year, so the whole set is read once,
/// on first use; saves go to the store first and then to memory. This process is the only writer of meetings (chat
/// commands, the console, recurring plans; the CLI verbs never write them), so the copy cannot go stale. Plans go
/// straight to the store. Attendance is kept per meeting once a meeting's records are first asked for (签到情况 reads
/// all of a meeting's, 签到 and 近期安排 one member's), written through like meetings; at most
/// <see cref="AttendanceMeetingsKept"/> meetings' records are kept, and the set is read afresh after that many.
/// With several instances on one database (PostgreSQL) each write is published as a change notice, and a notice from
/// another instance drops this copy: the next read loads the branch's meetings again.
/// </summary>
public sealed class CachedMeetingStore : IMeetingStore, IDisposable
{
    private readonly IMeetingStore inner;
    private readonly IChangeNotices _notices;
    private readonly string _topic;
    private readonly IDisposable _subscription;
    private readonly IDisposable _attendanceSubscription;
    private long _generation;

    public CachedMeetingStore(IMeetingStore inner)
        : this(inner, SingleInstanceChangeNotices.Instance, "meetings")
    {
    }

    public CachedMeetingStore(IMeetingStore inner, IChangeNotices notices, string topic)
    {
        ArgumentNullException.ThrowIfNull(notices);
        this.inner = inner;
        _notices = notices;
        _topic = topic;
        _subscription = notices.Subscribe(topic, Forget);
        _attendanceSubscription = notices.Subscribe(AttendanceTopic, _attendance.Clear);
    }

    /// <summary>A 签到 or 请假 elsewhere drops only the attendance held, not the meetings.</summary>
    private string AttendanceTopic => _topic + ":attendance";

    /// <summary>How many meetings' attendance records are kept in memory at once (a year of a branch: about 160).</summary>
    public const int AttendanceMeetingsKept = 256;

    private readonly Lock _saving = new();
    private readonly ConcurrentDictionary<string, MeetingAttendance> _attendance = new(StringComparer.Ordinal);
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
        await _notices.PublishAsync(_topic, CancellationToken.None);
    }

    public async ValueTask SaveManyAsync(IReadOnlyList<Meeting> meetings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        await LoadedAsync(cancellationToken);
        await inner.SaveManyAsync(meetings, cancellationToken);
        await RememberAsStoredAsync(meetings, cancellationToken);
        await _notices.PublishAsync(_topic, CancellationToken.None);
    }

    public ValueTask<IReadOnlyList<MeetingPlan>> ListPlansAsync(CancellationToken cancellationToken) => inner.ListPlansAsync(cancellationToken);

    public ValueTask SavePlanAsync(MeetingPlan plan, CancellationToken cancellationToken) => inner.SavePlanAsync(plan, cancellationToken);

    public async ValueTask<AttendanceRecord?> GetAttendanceAsync(string meetingId, string memberId, CancellationToken cancellationToken) =>
        (await AttendanceOfAsync(meetingId, cancellationToken)).Find(memberId);

    public async ValueTask<IReadOnlyList<AttendanceRecord>> ListAttendanceAsync(string meetingId, CancellationToken cancellationToken) =>
        (await AttendanceOfAsync(meetingId, cancellationToken)).All();

    public ValueTask<IReadOnlyList<AttendanceRecord>> ListPendingLeaveAsync(CancellationToken cancellationToken) =>
        inner.ListPendingLeaveAsync(cancellationToken);

    public async ValueTask SaveAttendanceAsync(AttendanceRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        try
        {
            await inner.SaveAttendanceAsync(record, cancellationToken);
        }
        catch
        {
            // Whether the record reached the file is unknown: the next read of the meeting asks the store.
            _attendance.TryRemove(record.MeetingId, out _);
            throw;
        }

        if (_attendance.TryGetValue(record.MeetingId, out var kept))
        {
            // As stored (times to the millisecond), so memory reads the same as the file.
            kept.Remember(await inner.GetAttendanceAsync(record.MeetingId, record.MemberId, CancellationToken.None) ?? record);
        }

        await _notices.PublishAsync(AttendanceTopic, CancellationToken.None);
    }

    public async ValueTask DeleteAttendanceAsync(string meetingId, string memberId, CancellationToken cancellationToken)
    {
        try
        {
            await inner.DeleteAttendanceAsync(meetingId, memberId, cancellationToken);
        }
        finally
        {
            // Rare enough that the meeting's records are simply read afresh next time.
            _attendance.TryRemove(meetingId, out _);
        }

        await _notices.PublishAsync(AttendanceTopic, CancellationToken.None);
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _attendanceSubscription.Dispose();
    }

    /// <summary>Another instance wrote: meetings and attendance are read afresh on next use.</summary>
    private void Forget()
    {
        lock (_saving)
        {
            _generation++;
            Volatile.Write(ref _loaded, null);
        }

        _attendance.Clear();
    }

    private async ValueTask<MeetingAttendance> AttendanceOfAsync(string meetingId, CancellationToken cancellationToken)
    {
        if (_attendance.TryGetValue(meetingId, out var kept))
        {
            return kept;
        }

        if (_attendance.Count >= AttendanceMeetingsKept)
        {
            _attendance.Clear();
        }

        // Added before the read: a save finishing meanwhile lands in it, and records read below never replace it.
        var added = _attendance.GetOrAdd(meetingId, static _ => new MeetingAttendance());
        await added.LoadOnceAsync(() => inner.ListAttendanceAsync(meetingId, cancellationToken));
        return added;
    }

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
            if (_loaded is null)
            {
                return; // forgotten meanwhile: the next read loads these from the store
            }

            var byId = new Dictionary<string, Meeting>(_loaded.ById, StringComparer.Ordinal);
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

        long generation;
        lock (_saving)
        {
            generation = _generation;
        }

        var all = await inner.ListStartingBetweenAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, cancellationToken);
        var read = Loaded.Of(all.ToDictionary(m => m.Id, StringComparer.Ordinal));
        lock (_saving)
        {
            // A notice that arrived during the read may mean the read missed a write: use it once, keep nothing.
            return generation == _generation ? Interlocked.CompareExchange(ref _loaded, read, null) ?? read : read;
        }
    }

    /// <summary>One consistent copy: by id, and by start (ties in id order, as the store's index returns them stably).</summary>
    private sealed record Loaded(IReadOnlyDictionary<string, Meeting> ById, Meeting[] ByStart)
    {
        public static Loaded Of(Dictionary<string, Meeting> byId) =>
            new(byId, [.. byId.Values.OrderBy(m => m.StartsAt).ThenBy(m => m.Id, StringComparer.Ordinal)]);
    }
}
