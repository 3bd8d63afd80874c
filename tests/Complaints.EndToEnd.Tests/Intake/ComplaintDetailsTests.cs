using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Complaints.Intake.Api.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Intake;

/// <summary>What a complaint records beyond its description, and the officer's override of the acceptance rules.</summary>
public sealed class ComplaintDetailsTests
{
    private static readonly CallOptions AsOfficer = Caller.As("officer-4");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LogComplaint_RecordsPointsOutcomeRepresentativeAdjustmentsAndVulnerabilities(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var request = IntakeMethods.ValidRequest();
        request.Points.Add("The engineer missed the appointment on 3 November");
        request.Points.Add("  ");
        request.Points.Add("Nobody called back as promised");
        request.DesiredOutcome = "Fix the boiler and pay for the heaters I bought";
        request.ReasonableAdjustments.Add("Large print letters");
        request.Vulnerabilities.Add("Registered partially sighted");
        request.Representative = new Representative
        {
            Name = "Dana Okafor", Kind = RepresentativeKind.Advocate, Contact = "dana@advocacy.example",
            Consent = new ConsentEvidence { Form = ConsentForm.Written, EvidenceReference = "DOC-77" },
        };

        var logged = (await host.Intake.LogComplaintAsync(request, AsOfficer).ResponseAsync).Complaint;
        var read = (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = logged.Id }).ResponseAsync).Complaint;

        Assert.Equal(["The engineer missed the appointment on 3 November", "Nobody called back as promised"], read.Points.Select(p => p.Text));
        Assert.All(read.Points, p => Assert.Equal(("officer-4", logged.ReceivedAt), (p.RecordedBy, p.RaisedAt)));
        Assert.Equal("Fix the boiler and pay for the heaters I bought", read.DesiredOutcome);
        Assert.Equal(["Large print letters"], read.ReasonableAdjustments);
        Assert.Equal(["Registered partially sighted"], read.Vulnerabilities);
        Assert.Equal(("Dana Okafor", RepresentativeKind.Advocate, ConsentForm.Written, "DOC-77"),
            (read.Representative.Name, read.Representative.Kind, read.Representative.Consent.Form, read.Representative.Consent.EvidenceReference));
        // code2024 sets no consent rule of its own; the check still says what is on file.
        Assert.True(read.RepresentativeConsent.Satisfied);
        Assert.Contains("written consent is recorded (DOC-77)", read.RepresentativeConsent.Explanation);
    }

    [Fact]
    public async Task LogComplaint_RepresentativeWithoutNameOrEvidence_NamesEachField()
    {
        await using var host = await RunningHost.StartAsync();
        var request = IntakeMethods.ValidRequest();
        request.Representative = new Representative { Consent = new ConsentEvidence { Form = ConsentForm.Verbal } };

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Intake.LogComplaintAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["representative.name", "representative.kind", "representative.consent.evidence_reference"],
            error.Detail<BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Acknowledge_AnOutOfTimeComplaint_NeedsAndRecordsTheOfficersReason(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var request = IntakeMethods.ValidRequest();
        request.ReceivedAt = Timestamp.FromDateTime(new DateTime(2026, 11, 2, 10, 0, 0, DateTimeKind.Utc));
        request.IssueOccurredAt = Timestamp.FromDateTime(new DateTime(2025, 6, 1, 10, 0, 0, DateTimeKind.Utc));
        var complaint = (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint;
        var acknowledge = new AcknowledgeComplaintRequest { ComplaintId = complaint.Id, ComplaintDefinition = "Damp in the bedroom", NamedOfficer = "Sam Patel" };

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Intake.AcknowledgeComplaintAsync(acknowledge).ResponseAsync);
        acknowledge.AcceptanceOverrideReason = "The resident was in hospital for most of the year";
        var accepted = (await host.Intake.AcknowledgeComplaintAsync(acknowledge, AsOfficer).ResponseAsync).Complaint;

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("acceptance_override_reason", refused.Status.Detail);
        Assert.Contains("more than 12 months", refused.Status.Detail);
        Assert.Equal(Stage.Stage1Investigating, accepted.Stage);
        Assert.Equal(("The resident was in hospital for most of the year", "officer-4"),
            (accepted.AcceptanceOverride.Reason, accepted.AcceptanceOverride.DecidedBy));
        Assert.False(accepted.Acceptance.Acceptable); // the rules' view stays on record beside the decision
    }

    [Fact]
    public async Task Acknowledge_AnAcceptableComplaint_RecordsNoOverride()
    {
        await using var host = await RunningHost.StartAsync();
        var complaint = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;

        var accepted = (await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler", NamedOfficer = "Sam Patel", AcceptanceOverrideReason = "not needed",
        }).ResponseAsync).Complaint;

        Assert.Null(accepted.AcceptanceOverride);
        Assert.Equal("Complaint", accepted.Acceptance.Route);
    }
}
