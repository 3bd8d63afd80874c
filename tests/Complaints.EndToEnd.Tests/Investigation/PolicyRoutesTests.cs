using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Investigation;

/// <summary>Routes only some policies have: THA's mediation at any stage, IVH's building-safety route after stage 1.</summary>
public sealed class PolicyRoutesTests
{
    [Theory]
    [InlineData("THA 5.3: 'Mediation may be offered at any stage of the complaints process.'", "tha", true)]
    [InlineData("IVH offers no mediation during a complaint", "ivh", false)]
    [InlineData("The Code sets no mediation step", "code2024", false)]
    public async Task RecordMediation_OnlyWhereThePolicyOffersIt(string clause, string profile, bool offered)
    {
        await using var host = await RunningHost.StartAsync($"--Complaints:PolicyProfile={profile}");
        var complaint = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest(clause)).ResponseAsync).Complaint;
        var request = new RecordMediationRequest { ComplaintId = complaint.Id, Mediator = "Calmer Neighbours CIC", Accepted = true };

        if (offered)
        {
            Assert.True((await host.Investigation.RecordMediationAsync(request).ResponseAsync).MediationId > 0);
        }
        else
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.RecordMediationAsync(request).ResponseAsync);
            Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
            Assert.Contains("does not offer mediation", error.Status.Detail);
        }
    }

    [Theory]
    [InlineData("IVH: building-safety complaints 'escalated directly to the Building Safety Regulator' after stage 1", "ivh", true, true)]
    [InlineData("IVH: only complaints flagged building safety take the route", "ivh", false, false)]
    [InlineData("The Code has no building-safety route", "code2024", true, false)]
    public async Task ReferToBuildingSafetyRegulator_NeedsTheRouteAndTheFlag(string clause, string profile, bool flagged, bool allowed)
    {
        await using var host = await RunningHost.StartAsync($"--Complaints:PolicyProfile={profile}");
        var log = IntakeMethods.ValidRequest(clause);
        log.BuildingSafety = flagged;
        var complaint = (await host.Intake.LogComplaintAsync(log).ResponseAsync).Complaint;
        await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Cladding", NamedOfficer = "Sam Patel",
        }).ResponseAsync;
        var response = new IssueResponseRequest
        {
            ComplaintId = complaint.Id, Stage = 1, ComplaintDefinition = "Cladding", EscalationInformation = "Escalation to the Regulator explained.",
        };
        response.Decisions.Add(new PointDecision { Point = "Cladding", Outcome = DecisionOutcome.NotUpheld, Reasons = "Survey found no defect." });
        await host.Investigation.IssueResponseAsync(response).ResponseAsync;
        var refer = new ReferToBuildingSafetyRegulatorRequest { ComplaintId = complaint.Id, Reason = "Resident disputes the survey" };

        if (allowed)
        {
            Assert.Equal(Stage.WithBuildingSafetyRegulator, (await host.Investigation.ReferToBuildingSafetyRegulatorAsync(refer).ResponseAsync).Change.Stage);
        }
        else
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.ReferToBuildingSafetyRegulatorAsync(refer).ResponseAsync);
            Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
            Assert.Contains("Stage1Responded", error.Status.Detail);
        }
    }
}
