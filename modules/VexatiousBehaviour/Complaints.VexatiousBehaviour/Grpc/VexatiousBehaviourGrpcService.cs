using System.Globalization;
using Grpc.Core;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.VexatiousBehaviour.Api.V1;
using Complaints.VexatiousBehaviour.Cases;
using Complaints.VexatiousBehaviour.Contact;
using Complaints.VexatiousBehaviour.Persistence;
using Complaints.VexatiousBehaviour.Restrictions;
using Microsoft.EntityFrameworkCore;
using static Complaints.Kernel.Errors.RequestFields;

namespace Complaints.VexatiousBehaviour.Grpc;

/// <summary><c>complaints.vexatious_behaviour.v1.VexatiousBehaviourService</c>: maps requests to commands and the case to its message.</summary>
internal sealed partial class VexatiousBehaviourGrpcService(
    ICommandPipeline pipeline, VexatiousBehaviourDbContext db, RestrictionsInForce restrictions, Read.ConductCaseList caseList, TimeProvider clock)
    : VexatiousBehaviourService.VexatiousBehaviourServiceBase
{
    public override async Task<OpenConductCaseResponse> OpenConductCase(OpenConductCaseRequest request, ServerCallContext context)
    {
        var command = new OpenConductCaseCommand(request.ResidentReference, request.RepresentativeName, request.Summary,
            string.IsNullOrWhiteSpace(request.IdempotencyKey) ? null : request.IdempotencyKey, request.OccurredAt?.ToDateTimeOffset());
        return new OpenConductCaseResponse { ConductCase = await CaseAsync(await pipeline.ExecuteAsync(command, context.CancellationToken), null, context) };
    }

    public override async Task<RecordIncidentResponse> RecordIncident(RecordIncidentRequest request, ServerCallContext context)
    {
        var command = new RecordIncidentCommand(request.CaseId, request.OccurredAt?.ToDateTimeOffset(), Channel(request.Channel), Known<Domain.Behaviour>((int)request.Behaviour),
            request.Description, request.Evidence, string.IsNullOrEmpty(request.ComplaintId) ? null : Uuid(request.ComplaintId, "complaint_id"));
        return new RecordIncidentResponse { ConductCase = await RunAsync(command, context) };
    }

    public override async Task<IssueWarningResponse> IssueWarning(IssueWarningRequest request, ServerCallContext context)
    {
        var command = new IssueWarningCommand(request.CaseId, Known<Domain.WarningLevel>((int)request.Level),
            request.Behaviours.Select(b => Known<Domain.Behaviour>((int)b)).OfType<Domain.Behaviour>().ToList(), request.Consequences, request.Letter,
            request.OccurredAt?.ToDateTimeOffset());
        return new IssueWarningResponse { ConductCase = await RunAsync(command, context) };
    }

    public override async Task<DecideRestrictionResponse> DecideRestriction(DecideRestrictionRequest request, ServerCallContext context)
    {
        var command = new DecideRestrictionCommand(
            request.CaseId,
            request.Panel.Select(m => new Domain.PanelMember(m.Id, m.Name, m.ConflictOfInterest)).ToList(),
            Known<Domain.RestrictionType>((int)request.Type),
            request.PermittedRoute,
            request.Details,
            Date(request.StartsOn, "starts_on"),
            Date(request.EndsOn, "ends_on"),
            request.ImmediateRisk,
            request.VulnerabilityConsideration,
            request.EqualityActConsideration,
            request.ReasonableAdjustments,
            request.AdvocateOffered,
            request.Proportionality,
            request.Letter,
            request.OccurredAt?.ToDateTimeOffset());
        var restrictionId = await pipeline.ExecuteAsync(command, context.CancellationToken);
        return new DecideRestrictionResponse { RestrictionId = restrictionId, ConductCase = await CaseAsync(request.CaseId, null, context) };
    }

    public override async Task<ReviewRestrictionResponse> ReviewRestriction(ReviewRestrictionRequest request, ServerCallContext context)
    {
        var command = new ReviewRestrictionCommand(request.RestrictionId, Known<Domain.ReviewOutcome>((int)request.Outcome), request.Reasons,
            Date(request.NewEndsOn, "new_ends_on"), request.Letter, request.OccurredAt?.ToDateTimeOffset());
        return new ReviewRestrictionResponse { ConductCase = await RunAsync(command, context) };
    }

    public override async Task<LiftRestrictionResponse> LiftRestriction(LiftRestrictionRequest request, ServerCallContext context) =>
        new() { ConductCase = await RunAsync(new LiftRestrictionCommand(request.RestrictionId, request.Reasons, request.Letter, request.OccurredAt?.ToDateTimeOffset()), context) };

    public override async Task<RecordAppealResponse> RecordAppeal(RecordAppealRequest request, ServerCallContext context)
    {
        var appealId = await pipeline.ExecuteAsync(new RecordAppealCommand(request.RestrictionId, request.Grounds, request.OccurredAt?.ToDateTimeOffset()), context.CancellationToken);
        var caseId = await db.Appeals.AsNoTracking().Where(a => a.Id == appealId).Select(a => a.CaseId).SingleAsync(context.CancellationToken);
        return new RecordAppealResponse { AppealId = appealId, ConductCase = await CaseAsync(caseId, null, context) };
    }

    public override async Task<DecideAppealResponse> DecideAppeal(DecideAppealRequest request, ServerCallContext context) =>
        new()
        {
            ConductCase = await RunAsync(new DecideAppealCommand(request.AppealId, Known<Domain.AppealOutcome>((int)request.Outcome), request.Reasons, request.Letter,
                request.OccurredAt?.ToDateTimeOffset()), context),
        };

    public override async Task<GetConductCaseResponse> GetConductCase(GetConductCaseRequest request, ServerCallContext context) =>
        new() { ConductCase = await CaseAsync(request.CaseId, request.AsOf?.ToDateTimeOffset(), context) };

    public override async Task<CheckContactResponse> CheckContact(CheckContactRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        if (string.IsNullOrWhiteSpace(request.ResidentReference))
            violations.Add(new FieldViolation("resident_reference", "must identify the resident"));
        if (request.Channel == ContactChannel.Unspecified)
            violations.Add(new FieldViolation("channel", "must say how the resident is making contact"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        var at = request.AsOf?.ToDateTimeOffset() ?? clock.GetUtcNow();
        var inForce = await restrictions.ForAsync(request.ResidentReference.Trim(), at, context.CancellationToken);
        var answer = ContactRules.Decide(inForce, Channel(request.Channel), request.UrgentMatter);
        var response = new CheckContactResponse
        {
            Decision = answer.Redirected ? ContactDecision.Redirected : ContactDecision.Allowed,
            PermittedRoute = answer.PermittedRoute,
            Reason = answer.Reason,
        };
        response.Restrictions.AddRange(answer.Restrictions);
        return response;
    }

    private async Task<ConductCase> RunAsync(ICommand<long> command, ServerCallContext context) =>
        await CaseAsync(await pipeline.ExecuteAsync(command, context.CancellationToken), null, context);

    private static Contracts.ContactChannel Channel(ContactChannel channel) =>
        System.Enum.IsDefined((Contracts.ContactChannel)(int)channel) ? (Contracts.ContactChannel)(int)channel : Contracts.ContactChannel.Unknown;
}
