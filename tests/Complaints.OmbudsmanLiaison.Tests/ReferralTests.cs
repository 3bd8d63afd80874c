using Complaints.Kernel.Errors;
using Complaints.Lifecycle.Contracts;
using Complaints.OmbudsmanLiaison.Domain;
using static Complaints.OmbudsmanLiaison.Tests.LiaisonSteps;

namespace Complaints.OmbudsmanLiaison.Tests;

/// <summary>
/// A resident may go to the Ombudsman at any time: a referral is recorded from any stage, once per Ombudsman case, and
/// moves every complaint it names — all of them or none.
/// </summary>
public sealed class ReferralTests(OmbudsmanLiaisonHosts hosts) : IClassFixture<OmbudsmanLiaisonHosts>
{
    [Theory]
    [MemberData(nameof(Stages))]
    public async Task RecordReferral_FromAnyStage_KeepsTheStageAndRefersTheComplaint(string provider, ComplaintStage stage)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = await host.InStageAsync(stage, Received);
        var caseReference = NewCase();

        var id = await host.ExecuteAsync(Referral($" {caseReference} ", complaint.ComplaintId));
        var referral = await host.ReferralAsync(id);
        var lifecycle = await host.LifecycleAsync(complaint.ComplaintId);

        Assert.Equal(new ReferredComplaint(complaint.ComplaintId, complaint.Reference, stage.ToString()), Assert.Single(referral.Complaints));
        Assert.Equal((caseReference, LondonDay(ModuleHostFixture.Start)), (referral.OmbudsmanCaseReference, referral.ReferredOn));
        Assert.Equal((ComplaintStage.ReferredToOmbudsman, $"Housing Ombudsman case {caseReference}"), (lifecycle.Stage, lifecycle.History[^1].Reason));
    }

    public static IEnumerable<object?[]> Stages => TestDatabase.OnEachProvider(
        [ComplaintStage.Received], [ComplaintStage.NotAccepted], [ComplaintStage.Stage1Investigating], [ComplaintStage.Stage1Responded],
        [ComplaintStage.Stage2Pending], [ComplaintStage.EscalationRefused], [ComplaintStage.Stage2Responded], [ComplaintStage.Closed],
        [ComplaintStage.Withdrawn]);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordReferral_ForACaseAlreadyRecorded_IsAlreadyExists(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var (_, _, caseReference) = await host.ReferredAsync();
        var another = await host.InStageAsync(ComplaintStage.Closed, Received);

        var error = await Assert.ThrowsAsync<AlreadyExistsException>(() => host.ExecuteAsync(Referral(caseReference, another.ComplaintId)));

        Assert.Equal($"Ombudsman case {caseReference} is already recorded.", error.Message);
        Assert.Equal(ComplaintStage.Closed, (await host.LifecycleAsync(another.ComplaintId)).Stage);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordReferral_OfSeveralComplaints_RefersEachOnce(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var first = await host.InStageAsync(ComplaintStage.Stage2Responded, Received);
        var second = await host.InStageAsync(ComplaintStage.Stage1Investigating, Received);

        var id = await host.ExecuteAsync(Referral(NewCase(), first.ComplaintId, second.ComplaintId, first.ComplaintId));

        Assert.Equal([("Stage2Responded", first.Reference), ("Stage1Investigating", second.Reference)],
            (await host.ReferralAsync(id)).Complaints.Select(c => (c.StageAtReferral, c.Reference)));
        Assert.Equal(ComplaintStage.ReferredToOmbudsman, (await host.LifecycleAsync(first.ComplaintId)).Stage);
        Assert.Equal(ComplaintStage.ReferredToOmbudsman, (await host.LifecycleAsync(second.ComplaintId)).Stage);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordReferral_NamingAComplaintAlreadyWithTheOmbudsman_IsRefusedAndRefersNoneOfThem(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var fresh = await host.InStageAsync(ComplaintStage.Closed, Received);
        var (referred, _, _) = await host.ReferredAsync();

        var error = await Assert.ThrowsAsync<TransitionRefusedException>(() => host.ExecuteAsync(Referral(NewCase(), fresh.ComplaintId, referred)));

        Assert.Equal(("ReferredToOmbudsman", "ReferToOmbudsman"), (error.CurrentState, error.Trigger));
        Assert.Equal(ComplaintStage.Closed, (await host.LifecycleAsync(fresh.ComplaintId)).Stage); // its move was rolled back with the refusal
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordReferral_WithoutACaseOrComplaints_NamesBoth_AndAnUnknownComplaintIsNotFound(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var unknown = Guid.NewGuid();

        var bare = await Assert.ThrowsAsync<ValidationException>(() => host.ExecuteAsync(Referral(" ")));
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => host.ExecuteAsync(Referral(NewCase(), unknown)));

        Assert.Equal(["ombudsman_case_reference", "complaint_ids"], bare.Violations.Select(v => v.Field));
        Assert.Equal(("Complaint", unknown.ToString()), (missing.Entity, missing.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordReferral_DatedInTheFuture_IsRefusedAndRefersNothing(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = await host.InStageAsync(ComplaintStage.Closed, Received);

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            host.ExecuteAsync(Referral(NewCase(), complaint.ComplaintId) with { ReferredOn = Instants.Day("2027-06-02") })); // today is 1 June 2027

        Assert.Equal("referred_on", Assert.Single(error.Violations).Field);
        Assert.Equal(ComplaintStage.Closed, (await host.LifecycleAsync(complaint.ComplaintId)).Stage);
    }

    private static DateOnly LondonDay(DateTimeOffset instant) => Kernel.Calendar.LondonTime.Date(instant);
}
