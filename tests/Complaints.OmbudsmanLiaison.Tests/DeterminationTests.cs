using Complaints.Compensation.Contracts;
using Complaints.Kernel.Errors;
using Complaints.Lifecycle.Contracts;
using Complaints.OmbudsmanLiaison.Determinations;
using Complaints.OmbudsmanLiaison.Domain;
using Complaints.OmbudsmanLiaison.Referrals;
using Microsoft.Extensions.DependencyInjection;
using static Complaints.OmbudsmanLiaison.Tests.LiaisonSteps;

namespace Complaints.OmbudsmanLiaison.Tests;

/// <summary>
/// The determination is recorded once: findings by element, binding orders (due when they say, or four weeks on by the
/// profile; a compensation order becomes an award to approve and pay), recommendations to answer. When every order is
/// complied with, the complaints are marked so.
/// </summary>
public sealed class DeterminationTests(OmbudsmanLiaisonHosts hosts) : IClassFixture<OmbudsmanLiaisonHosts>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordDetermination_RecordsFindingsOrdersAndRecommendations_AndDeterminesTheComplaint(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var (complaint, referral, caseReference) = await host.ReferredAsync();

        await host.ExecuteAsync(Determination(referral));
        var recorded = (await host.ReferralAsync(referral)).Determination!;
        var orders = await host.OrdersAsync(referral);
        var awards = await host.QueryAsync(services => services.GetRequiredService<ICompensationAwards>().ForComplaintAsync(complaint, CancellationToken.None));

        Assert.Equal([("Handling of the boiler repairs", Finding.Maladministration), ("Rent increase", Finding.OutsideJurisdiction)],
            recorded.Findings.Select(f => (f.Element, f.Finding)));
        Assert.Equal([(OrderType.Apology, Instants.Day("2027-03-29"), "Director of Housing"), (OrderType.Compensation, Instants.Day("2027-03-15"), "Compensation team")],
            orders.Select(o => (o.Type, o.DueOn, o.Owner))); // the apology states no date: four weeks from the determination
        Assert.All(orders, o => Assert.Equal(complaint, o.ComplaintId));
        var award = Assert.Single(awards);
        Assert.Equal((40000L, caseReference, "Proposed", award.Reference), (award.TotalPence, award.OmbudsmanCaseReference, award.Status, orders[1].AwardReference));
        Assert.Equal(["Review the repairs appointment process"], (await host.RecommendationsAsync(referral)).Select(r => r.Description));
        Assert.Equal(ComplaintStage.Determined, (await host.LifecycleAsync(complaint)).Stage);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordDetermination_Twice_IsRefused(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var (_, referral, caseReference) = await host.ReferredAsync();
        await host.ExecuteAsync(Determination(referral));

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => host.ExecuteAsync(Determination(referral)));

        Assert.Equal($"The determination of {caseReference} was recorded on 2027-03-01.", error.Message);
        Assert.Equal(2, (await host.OrdersAsync(referral)).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordDetermination_WhenIncomplete_NamesEachFieldAndDeterminesNothing(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var (complaint, referral, _) = await host.ReferredAsync();
        var incomplete = new RecordDeterminationCommand(referral, null, [new ElementFinding(" ", (Finding)42, null)],
            [new OrderInput(null, " ", null, null, "", null), new OrderInput(OrderType.Compensation, "Pay the resident", 0, null, "Compensation team", null)],
            [" "], null);

        var error = await Assert.ThrowsAsync<ValidationException>(() => host.ExecuteAsync(incomplete));

        Assert.Equal(["findings[0].element", "findings[0].finding", "orders[0].type", "orders[0].description", "orders[0].owner", "orders[1].amount_pence", "recommendations[0]"],
            error.Violations.Select(v => v.Field));
        Assert.Null((await host.ReferralAsync(referral)).Determination);
        Assert.Equal(ComplaintStage.ReferredToOmbudsman, (await host.LifecycleAsync(complaint)).Stage);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordDetermination_NamingAComplaintOutsideTheReferral_IsRefusedAndProposesNoAward(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var (_, referral, _) = await host.ReferredAsync();
        var (elsewhere, _, _) = await host.ReferredAsync(); // referred under another case
        var determination = Determination(referral) with
        {
            Findings = [new ElementFinding("Repairs", Finding.Maladministration, elsewhere)],
            Orders = [new OrderInput(OrderType.Compensation, "Pay £400", 40000, null, "Compensation team", elsewhere)],
        };

        var error = await Assert.ThrowsAsync<ValidationException>(() => host.ExecuteAsync(determination));
        var awards = await host.QueryAsync(services => services.GetRequiredService<ICompensationAwards>().ForComplaintAsync(elsewhere, CancellationToken.None));

        Assert.Equal(["findings[0].complaint_id", "orders[0].complaint_id"], error.Violations.Select(v => v.Field));
        Assert.Null((await host.ReferralAsync(referral)).Determination);
        Assert.Empty(awards);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordDetermination_DatedInTheFuture_IsRefused(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var (complaint, referral, _) = await host.ReferredAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            host.ExecuteAsync(Determination(referral) with { DeterminedOn = Instants.Day("2027-06-02") })); // today is 1 June 2027

        Assert.Equal("determined_on", Assert.Single(error.Violations).Field);
        Assert.Null((await host.ReferralAsync(referral)).Determination);
        Assert.Equal(ComplaintStage.ReferredToOmbudsman, (await host.LifecycleAsync(complaint)).Stage);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordOrderCompliance_OfTheLastOrder_MarksTheComplaintComplied(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var (complaint, referral, _) = await host.ReferredAsync();
        await host.ExecuteAsync(Determination(referral));
        var orders = await host.OrdersAsync(referral);

        await host.ExecuteAsync(new RecordOrderComplianceCommand(orders[0].Id, " Letter of 10 March ", Instants.Day("2027-03-10")));
        var afterFirst = (await host.LifecycleAsync(complaint)).Stage;
        var twice = await Assert.ThrowsAsync<RuleViolationException>(() =>
            host.ExecuteAsync(new RecordOrderComplianceCommand(orders[0].Id, "Again", Instants.Day("2027-03-11"))));
        await host.ExecuteAsync(new RecordOrderComplianceCommand(orders[1].Id, "Paid", null)); // today

        var complied = await host.OrdersAsync(referral);
        Assert.Equal(ComplaintStage.Determined, afterFirst);
        Assert.Equal($"Order {orders[0].Id} was complied with on 2027-03-10.", twice.Message);
        Assert.Equal([(Instants.Day("2027-03-10"), "Letter of 10 March"), (Instants.Day("2027-06-01"), "Paid")], complied.Select(o => (o.CompliedOn!.Value, o.ComplianceEvidence!)));
        var lifecycle = await host.LifecycleAsync(complaint);
        Assert.Equal((ComplaintStage.RemediesComplied, "RecordCompliance"), (lifecycle.Stage, lifecycle.History[^1].Trigger));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordOrderCompliance_InTheFutureOrWithoutEvidence_IsRefused(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var (_, referral, _) = await host.ReferredAsync();
        await host.ExecuteAsync(Determination(referral));
        var order = (await host.OrdersAsync(referral))[0];

        var future = await Assert.ThrowsAsync<ValidationException>(() => host.ExecuteAsync(new RecordOrderComplianceCommand(order.Id, "Letter", Instants.Day("2027-06-02"))));
        var bare = await Assert.ThrowsAsync<ValidationException>(() => host.ExecuteAsync(new RecordOrderComplianceCommand(order.Id, " ", null)));

        Assert.Equal(("complied_on", "evidence"), (Assert.Single(future.Violations).Field, Assert.Single(bare.Violations).Field));
        Assert.Null((await host.OrdersAsync(referral))[0].CompliedOn);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordRecommendationResponse_DecliningNeedsAReason_AndIsAnsweredOnce(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var (_, referral, _) = await host.ReferredAsync();
        await host.ExecuteAsync(Determination(referral));
        var recommendation = (await host.RecommendationsAsync(referral)).Single();

        var unexplained = await Assert.ThrowsAsync<ValidationException>(() =>
            host.ExecuteAsync(new RecordRecommendationResponseCommand(recommendation.Id, false, " ")));
        await host.ExecuteAsync(new RecordRecommendationResponseCommand(recommendation.Id, false, " Reviewed last year; no change needed "));
        var again = await Assert.ThrowsAsync<RuleViolationException>(() =>
            host.ExecuteAsync(new RecordRecommendationResponseCommand(recommendation.Id, true, "")));

        var answered = (await host.RecommendationsAsync(referral)).Single();
        Assert.Equal("reason", Assert.Single(unexplained.Violations).Field);
        Assert.Equal((false, "Reviewed last year; no change needed", ModuleTestHost.Officer.Id), (answered.Accepted, answered.Reason, answered.RespondedBy));
        Assert.Contains("was already answered", again.Message);
    }

    /// <summary>Determined Monday 1 March 2027: two findings, an apology with no date and £400 due 15 March, one recommendation.</summary>
    private static RecordDeterminationCommand Determination(long referral) => new(referral, Instants.Day("2027-03-01"),
        [new ElementFinding(" Handling of the boiler repairs ", Finding.Maladministration, null), new ElementFinding("Rent increase", Finding.OutsideJurisdiction, null)],
        [
            new OrderInput(OrderType.Apology, "Apologise in writing", null, null, "Director of Housing", null),
            new OrderInput(OrderType.Compensation, "Pay £400 for distress and inconvenience", 40000, Instants.Day("2027-03-15"), "Compensation team", null),
        ],
        ["Review the repairs appointment process"], null);
}
