using Complaints.Kernel.Errors;
using Complaints.OmbudsmanLiaison.Referrals;
using static Complaints.OmbudsmanLiaison.Tests.LiaisonSteps;

namespace Complaints.OmbudsmanLiaison.Tests;

/// <summary>
/// An evidence request is due when it says, or by the profile's default (IDS 7.2: within 15 working days); where the
/// profile has none, the request must state its date. Evidence sent late needs the explanation the Ombudsman is owed.
/// </summary>
public sealed class EvidenceRequestTests(OmbudsmanLiaisonHosts hosts) : IClassFixture<OmbudsmanLiaisonHosts>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordEvidenceRequest_UnderIds_IsDueIn15WorkingDays(string provider)
    {
        var host = await hosts.HostAsync(provider, "ids");
        var (_, referral, _) = await host.ReferredAsync();

        var id = await host.ExecuteAsync(new RecordEvidenceRequestCommand(referral, " The complaint file and the repair history ", Instants.Day("2026-12-18"), null));
        var request = await host.EvidenceRequestAsync(id);

        Assert.Equal((Instants.Day("2026-12-18"), Instants.Day("2027-01-13")), (request.ReceivedOn, request.DueOn)); // over Christmas and New Year
        Assert.StartsWith("7.2:", request.DueFrom);
        Assert.Equal("The complaint file and the repair history", request.What);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordEvidenceRequest_WhereTheProfileSetsNoDefault_NeedsTheRequestsOwnDate(string provider)
    {
        var host = await hosts.HostAsync(provider, "code2024");
        var (_, referral, _) = await host.ReferredAsync();

        var undated = await Assert.ThrowsAsync<ValidationException>(() =>
            host.ExecuteAsync(new RecordEvidenceRequestCommand(referral, "The file", Instants.Day("2027-02-01"), null)));
        var dated = await host.EvidenceRequestAsync(await host.ExecuteAsync(
            new RecordEvidenceRequestCommand(referral, "The file", Instants.Day("2027-02-01"), Instants.Day("2027-02-15"))));

        Assert.Equal("due_on", Assert.Single(undated.Violations).Field);
        Assert.Equal((Instants.Day("2027-02-15"), "as the request states"), (dated.DueOn, dated.DueFrom));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordEvidenceRequest_WithoutWhatWasAsked_ReceivedInTheFuture_OrForAnUnknownReferral_IsRefused(string provider)
    {
        var host = await hosts.HostAsync(provider, "ids");

        var bare = await Assert.ThrowsAsync<ValidationException>(() => host.ExecuteAsync(new RecordEvidenceRequestCommand(1, " ", Instants.Day("2027-06-02"), null)));
        var unknown = await Assert.ThrowsAsync<NotFoundException>(() => host.ExecuteAsync(new RecordEvidenceRequestCommand(999_999, "The file", null, null)));

        Assert.Equal(["what", "received_on"], bare.Violations.Select(v => v.Field)); // today is 1 June 2027
        Assert.Equal(("Referral", "999999"), (unknown.Entity, unknown.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SubmitEvidence_AfterItsDueDay_NeedsTheDelayExplained(string provider)
    {
        var host = await hosts.HostAsync(provider, "code2024");
        var (_, referral, _) = await host.ReferredAsync();
        var id = await host.ExecuteAsync(new RecordEvidenceRequestCommand(referral, "The file", Instants.Day("2027-02-01"), Instants.Day("2027-02-15")));

        var late = await Assert.ThrowsAsync<ValidationException>(() =>
            host.ExecuteAsync(new SubmitEvidenceCommand(id, "The file", " ", Instants.London("2027-02-16 09:00"))));
        await host.ExecuteAsync(new SubmitEvidenceCommand(id, " The file ", " The officer was off sick ", Instants.London("2027-02-16 09:00")));
        var again = await Assert.ThrowsAsync<RuleViolationException>(() =>
            host.ExecuteAsync(new SubmitEvidenceCommand(id, "The file again", "", Instants.London("2027-02-17 09:00"))));

        var request = await host.EvidenceRequestAsync(id);
        Assert.Equal(("delay_explanation", "the evidence was due by 2027-02-15; explain the delay to the Ombudsman"),
            (Assert.Single(late.Violations).Field, late.Violations[0].Description));
        Assert.Equal(("The file", "The officer was off sick", Instants.London("2027-02-16 09:00")), (request.WhatWasSent, request.DelayExplanation, request.SubmittedAt));
        Assert.Contains("was sent on 2027-02-16", again.Message);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SubmitEvidence_OnItsDueDay_NeedsNoExplanation(string provider)
    {
        var host = await hosts.HostAsync(provider, "code2024");
        var (_, referral, _) = await host.ReferredAsync();
        var id = await host.ExecuteAsync(new RecordEvidenceRequestCommand(referral, "The file", Instants.Day("2027-02-01"), Instants.Day("2027-02-15")));

        await host.ExecuteAsync(new SubmitEvidenceCommand(id, "The file", "", Instants.London("2027-02-15 23:30")));

        var request = await host.EvidenceRequestAsync(id);
        Assert.Equal(("The file", null), (request.WhatWasSent, request.DelayExplanation));
    }
}
