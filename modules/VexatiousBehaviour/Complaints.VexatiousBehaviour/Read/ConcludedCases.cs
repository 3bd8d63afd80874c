using Complaints.VexatiousBehaviour.Contracts;
using Complaints.VexatiousBehaviour.Domain;

namespace Complaints.VexatiousBehaviour.Read;

/// <summary>When a conduct case was concluded: the last thing that happened on it, once nothing is in force or waiting.</summary>
internal static class ConcludedCases
{
    public static ConcludedConductCase? Concluded(ConductCase conductCase, IReadOnlyList<Restriction> restrictions, IReadOnlyList<Appeal> appeals, DateTimeOffset now)
    {
        if (appeals.Any(a => a.Outcome is null) || restrictions.Any(r => r.LiftedAt is null && EndOf(r.EndsOn) > now))
            return null;
        var moments = new List<DateTimeOffset> { conductCase.OpenedAt };
        moments.AddRange(conductCase.Incidents.Select(i => i.OccurredAt));
        moments.AddRange(conductCase.Warnings.Select(w => w.IssuedAt));
        moments.AddRange(conductCase.Letters.Select(l => l.SentAt));
        foreach (var restriction in restrictions)
        {
            moments.Add(restriction.DecidedAt);
            moments.Add(restriction.LiftedAt ?? EndOf(restriction.EndsOn));
            moments.AddRange(restriction.Reviews.Select(r => r.ReviewedAt));
        }
        moments.AddRange(appeals.Select(a => a.DecidedAt ?? a.ReceivedAt));
        return new ConcludedConductCase(conductCase.Id, conductCase.Reference, moments.Max());
    }

    /// <summary>A restriction runs to the end of its last day; to the hour is close enough for a schedule counted in years.</summary>
    private static DateTimeOffset EndOf(DateOnly day) => new(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
