using Complaints.Hazards.Domain;

namespace Complaints.Hazards.Record;

/// <summary>Where a hazard stands, and which steps it allows next: what a refusal names.</summary>
internal static class HazardMoves
{
    public static string State(Hazard hazard) => hazard switch
    {
        { Stopped: not null } => "STOPPED",
        { Investigation: null } => "AWAITING_INVESTIGATION",
        { Investigation.HazardFound: false } => "INVESTIGATED_NO_HAZARD",
        _ => "INVESTIGATED_HAZARD_FOUND",
    };

    public static IReadOnlyList<string> Allowed(Hazard hazard)
    {
        if (hazard.Stopped is not null)
            return [];
        var allowed = new List<string>();
        if (hazard.Investigation is null)
            allowed.Add("RecordInvestigation");
        if (hazard.Investigation is not null && hazard.SummarySentAt is null)
            allowed.Add("RecordSummarySent");
        if (hazard.SafetyWork is null && (hazard.Emergency || hazard.Investigation is { HazardFound: true }))
            allowed.Add("RecordSafetyWork");
        if (!hazard.Emergency && hazard.Investigation is { HazardFound: true } && hazard.FurtherWork?.PhysicallyStartedAt is null)
            allowed.Add("RecordFurtherWork");
        allowed.AddRange(["RecordAccessAttempt", "OfferAlternativeAccommodation", "StopClock"]);
        return allowed;
    }
}
