using Complaints.Kernel.Errors;
using Complaints.Lifecycle.Contracts;
using Complaints.Lifecycle.Domain;

namespace Complaints.Lifecycle.Tests.Conformance;

/// <summary>
/// One row of a profile's extension table: at a stage, with some days already used without agreement, is a further
/// extension of N days (agreed or not) allowed under the shipped profile? Returns the refusal, or null if allowed.
/// </summary>
public static class ExtensionCase
{
    public static string? Refusal(string profile, int stage, int alreadyUsed, int days, bool agreed)
    {
        var triggers = stage == 1
            ? new[] { "Accept", "Acknowledge" }
            : ["Accept", "Acknowledge", "ExtendDeadline", "IssueStage1Response", "RequestEscalation", "AcknowledgeEscalation"];
        var history = triggers.Select((trigger, i) => Transition(i + 1, trigger, trigger == "ExtendDeadline" ? 5 : null)).ToList();
        if (alreadyUsed > 0)
            history.Add(Transition(history.Count + 1, "ExtendDeadline", alreadyUsed));
        var request = new TransitionRequest(Guid.Empty, ComplaintTrigger.ExtendDeadline, "Waiting for a surveyor's report",
            ExtensionWorkingDays: days, ResidentAgreed: agreed);
        var at = stage == 1 ? ComplaintStage.Stage1Investigating : ComplaintStage.Stage2Investigating;
        try
        {
            ExtensionRules.Check(at, request, history, ShippedProfile.Lifecycle(profile));
            return null;
        }
        catch (RuleViolationException refused)
        {
            return refused.Message;
        }
    }

    public static void AssertAllowed(string profile, int stage, int alreadyUsed, int days, bool agreed, bool allowed)
    {
        var refusal = Refusal(profile, stage, alreadyUsed, days, agreed);
        Assert.True(allowed == (refusal is null), refusal ?? $"{profile} stage {stage}: {days} more days (agreed: {agreed}) should have been refused");
    }

    // A stage 1 extension of 5 days sits in the stage 2 history, so stage 2's cap is seen to count from escalation only.
    private static StageTransition Transition(long id, string trigger, int? days) => new()
    {
        Id = id, ComplaintId = Guid.Empty, ToStage = ComplaintStage.Stage1Investigating, Trigger = trigger, Actor = "t",
        OccurredAt = DateTimeOffset.UnixEpoch, RecordedAt = DateTimeOffset.UnixEpoch, ExtensionWorkingDays = days,
    };
}
