namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>
/// A resolved time of day. <see cref="DayOffset"/> is 1 when the words name a time after the day's end
/// (半夜, 晚上12点, 半夜2点): the time then falls on the following date.
/// </summary>
/// <param name="PeriodAssumed">The hour had no period word and was read by the meeting-hours rule.</param>
internal sealed record TimeOfDay(int DayOffset, TimeOnly Time, bool PeriodAssumed);
