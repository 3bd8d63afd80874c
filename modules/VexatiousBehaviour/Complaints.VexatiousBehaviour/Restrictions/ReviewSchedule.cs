using Complaints.Kernel.Calendar;
using Complaints.VexatiousBehaviour.Policy;

namespace Complaints.VexatiousBehaviour.Restrictions;

/// <summary>When the next review of a restriction falls: so many calendar months, or working days, after the last.</summary>
internal sealed class ReviewSchedule(VexatiousBehaviourPolicy policy, WorkingDayCalendar calendar)
{
    public DateOnly NextAfter(DateOnly from) => policy.Review.Months is { } months
        ? from.AddMonths(months)
        : calendar.AddWorkingDays(from, policy.Review.WorkingDays!.Value);

    /// <summary>The latest a restriction starting (or extended) on <paramref name="from"/> may end.</summary>
    public DateOnly LatestEnd(DateOnly from) => from.AddMonths(policy.MaximumDurationMonths).AddDays(-1);
}
