using Complaints.Kernel.Calendar;

namespace Complaints.Kernel.WorkQueue;

/// <summary>
/// What sources share: a date deadline's instants under a module's due-soon window, the last due day a due-soon or
/// overdue read needs (so a source reads only rows due by it), and one page of items already read (status, kind,
/// whose, position, order, limit).
/// </summary>
public static class WorkItemPaging
{
    /// <summary>
    /// The start (in London) of the first day from which <paramref name="dueSoonWorkingDays"/> or fewer working days
    /// remain before <paramref name="dueOn"/> (counted as <see cref="WorkingDayCalendar.WorkingDaysBetween"/> counts them).
    /// </summary>
    public static DateTimeOffset DueSoonFrom(WorkingDayCalendar calendar, DateOnly dueOn, int dueSoonWorkingDays)
    {
        var day = dueOn;
        for (var remaining = 0; ; day = day.AddDays(-1))
        {
            var added = calendar.IsWorkingDay(day) ? 1 : 0;
            if (remaining + added > dueSoonWorkingDays)
                break;
            remaining += added;
        }
        return LondonTime.StartOfDayUtc(day);
    }

    /// <summary>The last due day whose item is due soon or overdue at <paramref name="asOf"/>: read rows due on or before it.</summary>
    public static DateOnly LastDueDayNeedingAttention(WorkingDayCalendar calendar, DateTimeOffset asOf, int dueSoonWorkingDays)
    {
        var day = LondonTime.Date(asOf);
        while (DueSoonFrom(calendar, day.AddDays(1), dueSoonWorkingDays) <= asOf)
            day = day.AddDays(1);
        return day;
    }

    /// <summary>An item due on a day: due by its end in London, due soon from the window's start.</summary>
    public static (DateTimeOffset DueBy, DateTimeOffset DueSoonFrom) Instants(WorkingDayCalendar calendar, DateOnly dueOn, int dueSoonWorkingDays) =>
        (calendar.EndOfDay(dueOn), DueSoonFrom(calendar, dueOn, dueSoonWorkingDays));

    /// <summary>The items <paramref name="query"/> wants from <paramref name="source"/>, in queue order, at most its limit.</summary>
    public static IReadOnlyList<WorkItem> Page(string source, IEnumerable<WorkItem> items, WorkItemQuery query) =>
        items.Where(i => query.Wants(i.Kind) && query.Wants(i.StatusAt(query.AsOf)))
            .Where(i => query.Responsible is null || query.Responsible.Covers(i.ComplaintId, i.Officer))
            .Where(i => query.After is null || query.After.IsBefore(source, i.DueBy, i.Tie))
            .OrderBy(i => i.DueBy).ThenBy(i => i.Tie, StringComparer.Ordinal)
            .Take(query.Limit)
            .ToList();
}
