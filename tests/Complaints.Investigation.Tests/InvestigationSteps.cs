using Complaints.Intake.Contracts;
using Complaints.Investigation.Escalation;
using Complaints.Investigation.Persistence;
using Complaints.Investigation.Responses;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Investigation.Tests;

/// <summary>Complete responses, the steps to stage 2, and reads of Investigation's own tables.</summary>
internal static class InvestigationSteps
{
    /// <summary>Monday 2 November 2026, 10:00 GMT; acknowledged the next day.</summary>
    public static readonly DateTimeOffset Received = Instants.Utc("2026-11-02T10:00:00Z");

    /// <summary>A response with everything the Code asks for: a decision with reasons on each recorded point, and how to escalate.</summary>
    public static IssueResponseCommand Response(ComplaintSummary complaint, int stage, DateTimeOffset at) =>
        new(complaint.ComplaintId, stage, "Boiler repair missed twice",
            complaint.Points.Select(p => new DecisionInput(p, DecisionOutcome.Upheld, "Two visits were missed without notice.")).ToList(),
            [new RemedyInput(RemedyKind.Apology, "We apologise for the missed visits.", null)], [],
            stage == 1 ? "Reply within 10 working days to ask for stage 2." : "You may now refer your complaint to the Housing Ombudsman.", at);

    public static async Task<ComplaintSummary> RespondedAsync(this ModuleTestHost host, DateTimeOffset respondedAt, DateTimeOffset? receivedAt = null,
        IReadOnlyList<string>? points = null)
    {
        var complaint = await host.AcknowledgedAsync(receivedAt ?? Received, points);
        await host.ExecuteAsync(Response(complaint, 1, respondedAt));
        return complaint;
    }

    /// <summary>Responded at stage 1 a week after receipt, and escalated the day after.</summary>
    public static async Task<ComplaintSummary> EscalatedAsync(this ModuleTestHost host, IReadOnlyList<string>? points = null)
    {
        var complaint = await host.RespondedAsync(Received.AddDays(7), points: points);
        await host.ExecuteAsync(new RequestEscalationCommand(complaint.ComplaintId, null, Received.AddDays(8)));
        return complaint;
    }

    public static Task<List<StageResponse>> ResponsesAsync(this ModuleTestHost host, Guid complaintId) =>
        host.QueryAsync<InvestigationDbContext, List<StageResponse>>(db => db.Responses.AsNoTracking().Where(r => r.ComplaintId == complaintId).ToListAsync());

    public static Task<List<Actions.TrackedAction>> ActionsAsync(this ModuleTestHost host, Guid complaintId) =>
        host.QueryAsync<InvestigationDbContext, List<Actions.TrackedAction>>(db => db.Actions.AsNoTracking().Where(a => a.ComplaintId == complaintId).OrderBy(a => a.Id).ToListAsync());

    public static Task<List<Officers.Assignment>> AssignmentsAsync(this ModuleTestHost host, Guid complaintId) =>
        host.QueryAsync<InvestigationDbContext, List<Officers.Assignment>>(db => db.Assignments.AsNoTracking().Where(a => a.ComplaintId == complaintId).OrderBy(a => a.Id).ToListAsync());
}
