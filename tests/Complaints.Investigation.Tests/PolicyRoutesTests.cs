using Complaints.Investigation.CaseFile;
using Complaints.Investigation.Closure;
using Complaints.Investigation.Persistence;
using Complaints.Kernel.Errors;
using Complaints.Lifecycle.Contracts;
using Microsoft.EntityFrameworkCore;
using static Complaints.Investigation.Tests.InvestigationSteps;

namespace Complaints.Investigation.Tests;

/// <summary>Routes only some policies have: IVH's building-safety route after stage 1, THA's mediation at any stage.</summary>
public sealed class PolicyRoutesTests(InvestigationHosts hosts) : IClassFixture<InvestigationHosts>
{
    [Theory]
    [MemberData(nameof(BuildingSafety))]
    public async Task ReferToBuildingSafetyRegulator_NeedsTheRouteAndTheFlag(string provider, string profile, bool flagged, bool allowed)
    {
        var host = await hosts.HostAsync(provider, profile);
        var complaint = await host.AcknowledgedAsync(Received, ["Cladding"], buildingSafety: flagged);
        await host.ExecuteAsync(Response(complaint, 1, Received.AddDays(7)));
        var refer = new ReferToBuildingSafetyRegulatorCommand(complaint.ComplaintId, "The resident disputes the fire survey", Received.AddDays(8));

        if (allowed)
        {
            await host.ExecuteAsync(refer);
            Assert.Equal(ComplaintStage.WithBuildingSafetyRegulator, (await host.LifecycleAsync(complaint.ComplaintId)).Stage);
            return;
        }
        var error = await Assert.ThrowsAsync<TransitionRefusedException>(() => host.ExecuteAsync(refer));
        Assert.Equal(("Stage1Responded", "ReferToBuildingSafetyRegulator"), (error.CurrentState, error.Trigger));
        Assert.Equal(ComplaintStage.Stage1Responded, (await host.LifecycleAsync(complaint.ComplaintId)).Stage);
    }

    public static IEnumerable<object?[]> BuildingSafety => TestDatabase.OnEachProvider(
        ["ivh", true, true], // IVH: 'escalated directly to the Building Safety Regulator' after stage 1
        ["ivh", false, false], // only what was flagged building safety
        ["code2024", true, false]); // the Code has no such route

    [Theory]
    [MemberData(nameof(Mediation))]
    public async Task RecordMediation_OnlyWhereThePolicyOffersIt(string provider, string profile, bool offered)
    {
        var host = await hosts.HostAsync(provider, profile);
        var complaint = await host.AcknowledgedAsync(Received);
        var mediation = new RecordMediationCommand(complaint.ComplaintId, " Calmer Neighbours CIC ", true, null, Received.AddDays(4));

        if (offered)
        {
            var id = await host.ExecuteAsync(mediation);
            var recorded = await host.QueryAsync<InvestigationDbContext, Mediation>(db => db.Mediations.AsNoTracking().SingleAsync(m => m.Id == id));
            Assert.Equal(("Calmer Neighbours CIC", true, complaint.ComplaintId), (recorded.Mediator, recorded.Accepted, recorded.ComplaintId));
            return;
        }
        var error = await Assert.ThrowsAsync<RuleViolationException>(() => host.ExecuteAsync(mediation));
        Assert.Contains("does not offer mediation", error.Message);
    }

    public static IEnumerable<object?[]> Mediation => TestDatabase.OnEachProvider(
        ["tha", true], // THA 5.3: 'Mediation may be offered at any stage'
        ["code2024", false]);
}
