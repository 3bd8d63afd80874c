using Complaints.Intake.Contracts;
using Complaints.Investigation.Contracts;
using Complaints.Investigation.Policy;
using Complaints.Investigation.Persistence;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Outbox;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Complaints.Lifecycle.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.Investigation.Responses;

/// <summary>
/// Refuses a response that lacks what the Code requires — every point answered with reasons, how to escalate — naming
/// each gap at once; then records it and moves the lifecycle (which refuses a response at the wrong stage).
/// </summary>
internal sealed class IssueResponseHandler(
    InvestigationDbContext db,
    ILifecycle lifecycle,
    IComplaintDirectory complaints,
    AwardLinks awardLinks,
    TimeProvider clock,
    IOptions<ClockOptions> clockOptions,
    IOptions<InvestigationPolicy> policy,
    IEventPublisher events)
    : ICommandHandler<IssueResponseCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<IssueResponseCommand, long> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var complaint = await complaints.FindAsync(command.ComplaintId, cancellationToken)
            ?? throw new NotFoundException("Complaint", command.ComplaintId.ToString());
        var violations = ResponseContent.Check(command, complaint.Points);
        var (remedies, awardViolations) = await awardLinks.ResolveAsync(command.ComplaintId, command.Remedies, cancellationToken);
        violations.AddRange(awardViolations);
        violations.AddRange(LearningCodes.Check(command, policy.Value.Learning));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());

        var issuedAt = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        var trigger = command.Stage == 1 ? ComplaintTrigger.IssueStage1Response : ComplaintTrigger.IssueStage2Response;
        await lifecycle.TransitionAsync(new TransitionRequest(command.ComplaintId, trigger, $"Stage {command.Stage} response issued", issuedAt,
            ExpectedVersion: command.ExpectedVersion), cancellationToken);
        var response = new StageResponse
        {
            ComplaintId = command.ComplaintId,
            Stage = command.Stage,
            ComplaintDefinition = command.ComplaintDefinition.Trim(),
            Decisions = command.Decisions.Select(d => new PointDecision(d.Point.Trim(), d.Outcome!.Value, d.Reasons.Trim())).ToList(),
            Remedies = remedies.ToList(),
            OutstandingActions = command.OutstandingActions.Select(a => new OutstandingAction(a.Description.Trim(), a.DueOn!.Value)).ToList(),
            EscalationInformation = command.EscalationInformation.Trim(),
            IssuedAt = issuedAt,
            IssuedBy = context.InitiatingUser.Id,
            Themes = [.. command.Themes ?? []],
            RootCauses = [.. command.RootCauses ?? []],
        };
        db.Responses.Add(response);
        // Outstanding actions are promises: each is tracked to done, and holds the complaint open until then.
        db.Actions.AddRange(response.OutstandingActions.Select(a => new Actions.TrackedAction
        {
            ComplaintId = command.ComplaintId, Description = a.Description, DueOn = a.DueOn,
        }));
        await db.SaveChangesAsync(cancellationToken);
        events.Publish(await IssuedAsync(response, cancellationToken));
        return response.Id;
    }

    private async Task<ResponseIssuedEvent> IssuedAsync(StageResponse response, CancellationToken cancellationToken)
    {
        // The stage's handler is its latest assignment (AssignOfficer), not necessarily who pressed the button.
        var handler = await db.Assignments.AsNoTracking().Where(a => a.ComplaintId == response.ComplaintId && a.Stage == response.Stage)
            .OrderByDescending(a => a.Id).Select(a => a.OfficerName).FirstOrDefaultAsync(cancellationToken);
        return new ResponseIssuedEvent(response.ComplaintId, response.Id, response.Stage, response.IssuedAt,
            response.Decisions.Select(d => new PointOutcome(d.Point, ToContract(d.Outcome))).ToList(),
            response.Remedies.Select(r => r.Kind.ToString()).Distinct().ToList(), response.IssuedBy, handler, response.Themes, response.RootCauses,
            response.Remedies.Where(r => r.Kind == RemedyKind.ChangeOfPolicyOrProcess).Select(r => r.Description).ToList());
    }

    private static ResponseOutcome ToContract(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Upheld => ResponseOutcome.Upheld,
        DecisionOutcome.PartlyUpheld => ResponseOutcome.PartlyUpheld,
        DecisionOutcome.NotUpheld => ResponseOutcome.NotUpheld,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
