using Complaints.Compensation.Api.V1;
using Complaints.EndToEnd.Tests.Compensation;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.EndToEnd.Tests.VexatiousBehaviour;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Complaints.OmbudsmanLiaison.Api.V1;
using Complaints.VexatiousBehaviour.Api.V1;
using Google.Protobuf.Reflection;

namespace Complaints.EndToEnd.Tests.Fuzz;

/// <summary>
/// Real records for the fuzz to aim at, so hostile values reach handlers holding a right identifier and are not all
/// stopped at "not found": identifiers by request field name (<c>complaint_id</c>), or by message and field where one
/// name means different things (<c>GetAwardRequest.id</c>).
/// </summary>
public sealed class FuzzSeed
{
    public const string Resident = "TEN-FUZZ-13";

    public const string Property = "PROP-FUZZ-13";

    private readonly Dictionary<string, object> _values = [];

    private FuzzSeed(DateOnly today) => Today = today;

    /// <summary>Today in London, as the calendar counts days.</summary>
    public DateOnly Today { get; }

    public bool TryGet(FieldDescriptor field, out object value) =>
        _values.TryGetValue($"{field.ContainingType.Name}.{field.Name}", out value!) || _values.TryGetValue(field.Name, out value!);

    public static async Task<FuzzSeed> PlantAsync(RunningHost host, DateOnly today)
    {
        var seed = new FuzzSeed(today);
        var complaint = await InvestigatingComplaintAsync(host);
        var responded = await RespondedComplaintAsync(host, today);
        var other = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest("Another missed repair")).ResponseAsync).Complaint;
        seed.Set("complaint_id", complaint.Id).Set("GetComplaintRequest.id", complaint.Id).Set("GetComplaintRequest.reference", complaint.Reference)
            .Set("linked_complaint_id", other.Id).Set("response_id", responded.ResponseId).Set("action_id", responded.ActionId);
        // A learning group that always exists (it may be empty): a free-text key names no group.
        seed.Set("ListLearningRequest.group", "open-both-stages");

        var request = (await host.Intake.RecordServiceRequestAsync(new RecordServiceRequestRequest
        {
            Channel = Channel.Phone, Description = "Dripping tap", Category = "Repairs", ResidentReference = Resident,
        }).ResponseAsync).ServiceRequest;
        seed.Set("service_request_id", request.Id).Set("GetServiceRequestRequest.id", request.Id).Set("GetServiceRequestRequest.reference", request.Reference);

        var compliment = (await host.Feedback.RecordFeedbackAsync(new RecordFeedbackRequest
        {
            Kind = "Compliment", Channel = Channel.Email, Text = "The caretaker was brilliant", ResidentReference = Resident, ServiceArea = "Other",
        }).ResponseAsync).Feedback;
        seed.Set("feedback_id", compliment.Id).Set("GetFeedbackRequest.id", compliment.Id).Set("GetFeedbackRequest.reference", compliment.Reference);

        var award = (await host.Compensation.ProposeAwardAsync(
            AwardsData.Proposal(complaint.Id, AwardsData.Amount(AwardCategory.TimeAndTrouble, "Time and trouble", 2500)), CompensationMethods.Officer).ResponseAsync).Award;
        seed.Set("award_id", award.Id).Set("GetAwardRequest.id", award.Id).Set("GetAwardRequest.reference", award.Reference);

        await PlantReferralAsync(host, seed, other.Id, today);
        await PlantConductCaseAsync(host, seed, today);
        seed.Set("resident_reference", Resident).Set("property_reference", Property);
        // Codes from the profile's controlled lists: anything else is refused, as a plausible request should not be.
        seed.Set("LogComplaintRequest.category", "Repairs").Set("IssueResponseRequest.themes", "RepairsDelays").Set("IssueResponseRequest.root_causes", "Capacity");
        var job = (await host.HousingSystem.RaiseRepairAsync(new Complaints.HousingSystem.Api.V1.RaiseRepairRequest
        {
            ComplaintId = complaint.Id, PropertyReference = Property, Description = "Fix the boiler", Priority = Complaints.HousingSystem.Api.V1.RepairPriority.Routine,
        }).ResponseAsync).RepairJob;
        seed.Set("job_reference", job.JobReference);
        var hazard = (await host.Hazards.ReportHazardAsync(new Complaints.Hazards.Api.V1.ReportHazardRequest
        {
            Source = Complaints.Hazards.Api.V1.HazardSource.Survey, SourceReference = "SURVEY-FUZZ-13", PropertyReference = Property, ResidentReference = Resident,
            Kind = "damp-and-mould", Category = Complaints.Hazards.Api.V1.HazardCategory.Significant, Description = "Mould on the bedroom ceiling",
        }).ResponseAsync).Hazard;
        seed.Set("hazard_id", hazard.Id);
        return seed;
    }

    /// <summary>An HMS (a real HTTP server) that knows the seeded resident and property, so the HousingSystem reads answer.</summary>
    public static async Task<StubHousingSystem> HousingSystemAsync()
    {
        var hms = await StubHousingSystem.StartAsync();
        hms.Put($"residents/{Resident}", $$"""{"reference":"{{Resident}}","name":"Fuzz Resident","contactPreferences":{},"vulnerabilities":[],"reasonableAdjustments":[]}""");
        hms.Put($"properties/{Property}", $$$"""{"reference":"{{{Property}}}","address":{"line1":"1 Fuzz Street","postcode":"LS1 1AA"}}""");
        return hms;
    }

    private FuzzSeed Set(string key, object value)
    {
        _values[key] = value;
        return this;
    }

    private static async Task<Complaint> InvestigatingComplaintAsync(RunningHost host)
    {
        var log = IntakeMethods.ValidRequest();
        log.Points.Add("The engineer missed two appointments");
        var complaint = (await host.Intake.LogComplaintAsync(log).ResponseAsync).Complaint;
        return (await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler repair missed twice", NamedOfficer = "Sam Patel",
        }).ResponseAsync).Complaint;
    }

    private static async Task<(long ResponseId, long ActionId)> RespondedComplaintAsync(RunningHost host, DateOnly today)
    {
        var log = IntakeMethods.ValidRequest("Boiler broken for six weeks");
        log.Points.Add("Boiler");
        var complaint = (await host.Intake.LogComplaintAsync(log).ResponseAsync).Complaint;
        await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest { ComplaintId = complaint.Id, ComplaintDefinition = "Boiler", NamedOfficer = "Sam Patel" }).ResponseAsync;
        var response = new IssueResponseRequest
        {
            ComplaintId = complaint.Id, Stage = 1, ComplaintDefinition = "Boiler", EscalationInformation = "Reply within 20 working days to ask for stage 2.",
        };
        response.Decisions.Add(new PointDecision { Point = "Boiler", Outcome = DecisionOutcome.NotUpheld, Reasons = "Parts were on order." });
        response.OutstandingActions.Add(new OutstandingAction { Description = "Fit the new boiler", DueOn = Day(today.AddDays(28)) });
        var issued = await host.Investigation.IssueResponseAsync(response).ResponseAsync;
        var caseFile = await host.Investigation.GetCaseFileAsync(new GetCaseFileRequest { ComplaintId = complaint.Id }).ResponseAsync;
        return (issued.ResponseId, caseFile.Actions.Single().Id);
    }

    private static async Task PlantReferralAsync(RunningHost host, FuzzSeed seed, string complaintId, DateOnly today)
    {
        var referral = (await host.Ombudsman.RecordReferralAsync(new RecordReferralRequest
        {
            OmbudsmanCaseReference = "FUZZ-13", ComplaintIds = { complaintId }, ReferredOn = Day(today), Summary = "Resident unhappy with the repairs",
        }).ResponseAsync).Referral;
        var asked = await host.Ombudsman.RecordEvidenceRequestAsync(new RecordEvidenceRequestRequest
        {
            ReferralId = referral.Id, What = "The complaint file", ReceivedOn = Day(today), DueOn = Day(today.AddDays(28)),
        }).ResponseAsync;
        var determination = new RecordDeterminationRequest { ReferralId = referral.Id, DeterminedOn = Day(today) };
        determination.Findings.Add(new ElementFinding { Element = "Repairs", Finding = Finding.Maladministration });
        determination.Orders.Add(new OrderInput { Type = OrderType.Apology, Description = "Apologise in writing", Owner = "Director of Housing" });
        determination.Recommendations.Add("Review the repairs appointment process");
        var determined = (await host.Ombudsman.RecordDeterminationAsync(determination).ResponseAsync).Referral;
        seed.Set("referral_id", referral.Id).Set("ombudsman_case_reference", referral.OmbudsmanCaseReference).Set("complaint_ids", complaintId)
            .Set("evidence_request_id", asked.EvidenceRequestId).Set("order_id", determined.Orders.Single().Id)
            .Set("recommendation_id", determined.Recommendations.Single().Id);
    }

    private static async Task PlantConductCaseAsync(RunningHost host, FuzzSeed seed, DateOnly today)
    {
        var warned = await ConductData.WarnedCaseAsync(host, Resident);
        var decided = await host.Conduct.DecideRestrictionAsync(
            ConductData.Decision(warned.Id, RestrictionType.WrittenContactOnly, Day(today.AddMonths(3))), ConductMethods.As("pat.chair")).ResponseAsync;
        var appeal = await host.Conduct.RecordAppealAsync(
            new RecordAppealRequest { RestrictionId = decided.RestrictionId, Grounds = "I was provoked" }, ConductMethods.As("cara.caseworker")).ResponseAsync;
        seed.Set("case_id", warned.Id).Set("restriction_id", decided.RestrictionId).Set("appeal_id", appeal.AppealId);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
