using Grpc.Core;
using Complaints.Intake.Contracts;
using Complaints.Kernel.Policy;
using Complaints.Investigation.Api.V1;
using Complaints.Investigation.Escalation;
using Complaints.Investigation.Extension;
using Complaints.Investigation.Officers;
using Complaints.Investigation.Persistence;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Wire;
using Complaints.Kernel.Pipeline;
using Complaints.Lifecycle.Contracts;
using Complaints.Investigation.Policy;
using Complaints.Kernel.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.Investigation.Grpc;

/// <summary><c>complaints.investigation.v1.InvestigationService</c>: maps requests to commands, nothing more.</summary>
internal sealed partial class InvestigationGrpcService(
    ICommandPipeline pipeline,
    ILifecycle lifecycle,
    InvestigationDbContext db,
    IComplaintDirectory directory,
    PolicyProfile profile,
    IOptions<InvestigationPolicy> investigationPolicy,
    WorkingDayCalendar calendar,
    TimeProvider clock)
    : InvestigationService.InvestigationServiceBase
{
    public override async Task<AssignOfficerResponse> AssignOfficer(AssignOfficerRequest request, ServerCallContext context)
    {
        var officer = request.Officer ?? new Officer();
        var seniority = officer.Seniority == Api.V1.Seniority.Unspecified || !System.Enum.IsDefined((Policy.Seniority)(int)officer.Seniority)
            ? (Policy.Seniority?)null : (Policy.Seniority)(int)officer.Seniority;
        var command = new AssignOfficerCommand(ComplaintId(request.ComplaintId), request.Stage, officer.Id, officer.Name, seniority,
            officer.ServiceArea, request.ServiceAreaComplainedAbout, request.OccurredAt?.ToDateTimeOffset());
        var id = await pipeline.ExecuteAsync(command, context.CancellationToken);
        var saved = await db.Assignments.AsNoTracking().SingleAsync(a => a.Id == id, context.CancellationToken);
        return ToMessage(saved);
    }

    public override async Task<ExtendDeadlineResponse> ExtendDeadline(ExtendDeadlineRequest request, ServerCallContext context)
    {
        var command = new ExtendDeadlineCommand(ComplaintId(request.ComplaintId), request.WorkingDays, request.Reason,
            request.ResidentAgreed, request.OmbudsmanDetailsGiven, request.OccurredAt?.ToDateTimeOffset(), request.HasExpectedVersion ? request.ExpectedVersion : null);
        return new ExtendDeadlineResponse { Change = await ExecuteAsync(command, context) };
    }

    public override async Task<RequestEscalationResponse> RequestEscalation(RequestEscalationRequest request, ServerCallContext context)
    {
        var command = new RequestEscalationCommand(ComplaintId(request.ComplaintId), request.Reasons, request.OccurredAt?.ToDateTimeOffset(), request.HasExpectedVersion ? request.ExpectedVersion : null);
        var outcome = await pipeline.ExecuteAsync(command, context.CancellationToken);
        return new RequestEscalationResponse
        {
            Change = await ChangeAsync(outcome.ComplaintId, context),
            WithinWindow = outcome.WithinWindow,
            Explanation = outcome.Explanation,
        };
    }

    public override async Task<AcknowledgeEscalationResponse> AcknowledgeEscalation(AcknowledgeEscalationRequest request, ServerCallContext context)
    {
        var command = new AcknowledgeEscalationCommand(ComplaintId(request.ComplaintId), request.OccurredAt?.ToDateTimeOffset(), request.HasExpectedVersion ? request.ExpectedVersion : null);
        return new AcknowledgeEscalationResponse { Change = await ExecuteAsync(command, context) };
    }

    public override async Task<RefuseEscalationResponse> RefuseEscalation(RefuseEscalationRequest request, ServerCallContext context)
    {
        var command = new RefuseEscalationCommand(ComplaintId(request.ComplaintId), request.ReasonCode, request.Reasons, request.OmbudsmanSignposted,
            request.OccurredAt?.ToDateTimeOffset(), request.HasExpectedVersion ? request.ExpectedVersion : null);
        return new RefuseEscalationResponse { Change = await ExecuteAsync(command, context) };
    }

    private async Task<StageChange> ExecuteAsync(ICommand<Guid> command, ServerCallContext context) =>
        await ChangeAsync(await pipeline.ExecuteAsync(command, context.CancellationToken), context);

    private async Task<StageChange> ChangeAsync(Guid complaintId, ServerCallContext context)
    {
        var view = await lifecycle.FindAsync(complaintId, null, context.CancellationToken)
            ?? throw new NotFoundException("Complaint", complaintId.ToString());
        var respond = view.Clocks.FirstOrDefault(c => c.Name.EndsWith(".respond", StringComparison.Ordinal)
            && c.Status is ClockStatus.OnTrack or ClockStatus.DueSoon or ClockStatus.Overdue);
        var change = new StageChange
        {
            ComplaintId = complaintId.ToString(),
            Stage = WireEnum.Map<Common.V1.Stage>(view.Stage),
            RespondDueOn = respond?.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            Version = view.Version,
        };
        change.PermittedTriggers.AddRange(view.PermittedTriggers.Select(t => WireEnum.Map<Common.V1.Trigger>(t)));
        return change;
    }

    private static Guid ComplaintId(string value) =>
        Guid.TryParse(value, out var id) ? id : throw new ValidationException(new FieldViolation("complaint_id", "must be the complaint's UUID"));
}
