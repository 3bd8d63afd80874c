using Complaints.Intake.Contracts;
using Complaints.Intake.Domain;
using Complaints.Intake.Persistence;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.Outbox;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Telemetry;
using Complaints.Kernel.Time;
using Complaints.Intake.Policy;
using Microsoft.Extensions.Options;

namespace Complaints.Intake.Log;

/// <summary>
/// The main operation of LogComplaint: numbers and stores the complaint, and announces it. Every complaint is logged
/// here (raised from a service request or split off as a new point too), so this is where complaints.logged counts,
/// once the call commits.
/// </summary>
internal sealed class LogComplaintHandler(
    IntakeDbContext db, SequenceGenerator sequences, IEventPublisher events, TimeProvider clock, IOptions<IntakePolicy> policy,
    WorkingDayCalendar calendar, UnitOfWork unitOfWork, ComplaintsMetrics metrics)
    : ICommandHandler<LogComplaintCommand, LoggedComplaint>
{
    public async Task<LoggedComplaint> HandleAsync(PluginContext<LogComplaintCommand, LoggedComplaint> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var receivedAt = command.ReceivedAt!.Value;
        var year = LondonTime.Date(receivedAt).Year;
        var number = await sequences.NextAsync(ComplaintReference.SequenceName(year), cancellationToken);
        var acceptance = AcceptanceRules.Assess(new AcceptanceFacts(receivedAt, command.IssueOccurredAt, command.ResidentAwareAt,
            command.Safeguarding, command.HealthAndSafety, command.Anonymous, command.Channel!.Value), policy.Value, calendar);
        var loggedBy = context.InitiatingUser.Id;
        var complaint = new Complaint
        {
            Id = Guid.CreateVersion7(),
            Reference = ComplaintReference.Format(year, number),
            Channel = command.Channel!.Value,
            Category = command.Category,
            Description = command.Description.Trim(),
            ResidentReference = command.ResidentReference.Trim(),
            IssueOccurredAt = command.IssueOccurredAt,
            ResidentAwareAt = command.ResidentAwareAt,
            Safeguarding = command.Safeguarding,
            HealthAndSafety = command.HealthAndSafety,
            BuildingSafety = command.BuildingSafety,
            Anonymous = command.Anonymous,
            Acceptance = acceptance,
            ReceivedAt = receivedAt,
            LoggedAt = OccurredAt.WholeMilliseconds(clock.GetUtcNow()), // as every provider stores it: the reply shows what is kept
            LoggedBy = loggedBy,
            Points = Texts(command.Points).Select(text => new ComplaintPoint(text, receivedAt, loggedBy)).ToList(),
            DesiredOutcome = Blank(command.DesiredOutcome),
            Representative = command.Representative,
            RepresentativeConsent = command.Representative is { } representative ? ConsentRules.Check(representative, policy.Value.Representatives) : null,
            ReasonableAdjustments = Texts(command.ReasonableAdjustments),
            Vulnerabilities = Texts(command.Vulnerabilities),
            ServiceRequestId = command.ServiceRequestId,
            ContactRouting = command.Routing,
        };
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(cancellationToken);
        context.PostImage = complaint;
        // The property is the housing management system's business (HousingSystem links and resolves it); Intake passes it on.
        events.Publish(new ComplaintLoggedEvent(complaint.Id, complaint.Reference, complaint.Channel.ToString(), receivedAt,
            complaint.Anonymous ? "" : complaint.ResidentReference, string.IsNullOrWhiteSpace(command.PropertyReference) ? null : command.PropertyReference.Trim(),
            complaint.Category));
        var channel = complaint.Channel.ToString();
        unitOfWork.AfterCommit(() => metrics.ComplaintLogged(channel));
        return new LoggedComplaint(complaint.Id, complaint.Reference);
    }

    private static List<string> Texts(IReadOnlyList<string>? texts) =>
        texts?.Select(t => t.Trim()).Where(t => t.Length > 0).ToList() ?? [];

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
