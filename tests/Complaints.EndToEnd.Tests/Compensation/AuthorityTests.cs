using Complaints.Compensation.Api.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Google.Rpc;
using static Complaints.EndToEnd.Tests.Infrastructure.CompensationMethods;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Compensation;

/// <summary>
/// Who may do what with an award: authority limits from the profile (officer £250, manager £1,000, director any),
/// separation of duties, compensation roles only, and the policy's rule on offsetting against rent arrears.
/// </summary>
public sealed class AuthorityTests : IClassFixture<HostFixture>
{
    private readonly RunningHost host;

    public AuthorityTests(HostFixture fixture) => host = fixture.Host;

    [Theory]
    [InlineData("compensation-officer", 25000, true)]
    [InlineData("compensation-officer", 25001, false)]
    [InlineData("compensation-manager", 25001, true)]
    [InlineData("compensation-manager", 100000, true)]
    [InlineData("compensation-manager", 100001, false)]
    [InlineData("director", 100001, true)]
    [InlineData("director", 5000000, true)]
    [InlineData("compensation-officer,compensation-manager", 100000, true)] // the highest limit held counts
    public async Task ApproveAward_WithinTheApproversLimitOnly(string roles, long totalPence, bool approved)
    {
        var proposed = await ProposedAsync(totalPence);
        var approver = As($"approver-{Guid.NewGuid():N}", roles);

        var call = host.Compensation.ApproveAwardAsync(new ApproveAwardRequest { AwardId = proposed.Id, Reason = "Proportionate" }, approver).ResponseAsync;

        if (approved)
            Assert.Equal(AwardStatus.Approved, (await call).Award.Status);
        else
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => call);
            Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
            Assert.Contains("above", error.Status.Detail);
            Assert.Contains("director (no limit)", error.Status.Detail);
        }
    }

    [Fact]
    public async Task TheProposer_CannotDecideTheirOwnAward_EvenAsADirector()
    {
        var directorAsProposer = As("dee.director", "director");
        var proposed = (await host.Compensation.ProposeAwardAsync(AwardsData.Proposal(await AwardsData.ComplaintAsync(host), AwardsData.Amount(AwardCategory.TimeAndTrouble, "Time", 2500)), directorAsProposer).ResponseAsync).Award;

        var approve = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.ApproveAwardAsync(new ApproveAwardRequest { AwardId = proposed.Id, Reason = "Mine" }, directorAsProposer).ResponseAsync);
        var reject = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.RejectAwardAsync(new RejectAwardRequest { AwardId = proposed.Id, Reason = "Mine" }, directorAsProposer).ResponseAsync);

        Assert.Equal((StatusCode.PermissionDenied, StatusCode.PermissionDenied), (approve.StatusCode, reject.StatusCode));
        Assert.Contains("separation of duties", approve.Status.Detail);
    }

    [Fact]
    public async Task OnlyCompensationRoles_MayProposeOrDecide()
    {
        var handler = As("sam.handler", "complaint-handler");
        // Holds every permission (a landlord may grant awards.propose widely) but no role with an authority limit.
        var permittedWithoutAuthority = Caller.As("sam.handler");
        var proposal = AwardsData.Proposal(await AwardsData.ComplaintAsync(host), AwardsData.Amount(AwardCategory.TimeAndTrouble, "Time", 2500));

        var propose = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.ProposeAwardAsync(proposal, handler).ResponseAsync);
        var proposeWithoutAuthority = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.ProposeAwardAsync(proposal, permittedWithoutAuthority).ResponseAsync);
        var proposed = (await host.Compensation.ProposeAwardAsync(proposal, Officer).ResponseAsync).Award;
        var approve = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.ApproveAwardAsync(new ApproveAwardRequest { AwardId = proposed.Id, Reason = "Fine" }, handler).ResponseAsync);

        Assert.Equal((StatusCode.PermissionDenied, StatusCode.PermissionDenied, StatusCode.PermissionDenied),
            (propose.StatusCode, approve.StatusCode, proposeWithoutAuthority.StatusCode));
        Assert.Contains("'awards.propose'", propose.Status.Detail);
        Assert.Contains("compensation-officer, compensation-manager, director", proposeWithoutAuthority.Status.Detail);
    }

    [Fact]
    public async Task RejectAward_RecordsTheReason_AndEndsTheAward()
    {
        var proposed = await ProposedAsync(9000);

        var rejected = (await host.Compensation.RejectAwardAsync(new RejectAwardRequest { AwardId = proposed.Id, Reason = "No evidence of the loss" }, Manager).ResponseAsync).Award;
        var approveAfter = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.ApproveAwardAsync(new ApproveAwardRequest { AwardId = proposed.Id, Reason = "Changed my mind" }, Director).ResponseAsync);

        Assert.Equal(AwardStatus.Rejected, rejected.Status);
        Assert.Equal(("Rejected", "maya.manager", "No evidence of the loss"), (rejected.Decisions[^1].Kind, rejected.Decisions[^1].Actor, rejected.Decisions[^1].Reason));
        Assert.Equal(StatusCode.FailedPrecondition, approveAfter.StatusCode);
        Assert.Contains("No moves are allowed", approveAfter.Status.Detail);
    }

    [Fact]
    public async Task RejectAward_AlsoNeedsALimitCoveringTheTotal()
    {
        var proposed = await ProposedAsync(30000);

        var byOfficer = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.RejectAwardAsync(new RejectAwardRequest { AwardId = proposed.Id, Reason = "Too much" }, As("oli.officer", "compensation-officer")).ResponseAsync);
        var byManager = (await host.Compensation.RejectAwardAsync(new RejectAwardRequest { AwardId = proposed.Id, Reason = "Too much" }, Manager).ResponseAsync).Award;

        Assert.Equal(StatusCode.PermissionDenied, byOfficer.StatusCode);
        Assert.Equal(AwardStatus.Rejected, byManager.Status);
    }

    [Theory]
    [InlineData(false, StatusCode.FailedPrecondition)]
    [InlineData(true, StatusCode.OK)]
    public async Task RentArrearsOffset_UnderTheDefaultProfile_NeedsTheResidentsAgreement(bool agreed, StatusCode expected)
    {
        var award = await AwardsData.AcceptedAsync(host, 4000);
        var offset = new RecordPaymentRequest
        {
            AwardId = award.Id, Method = PaymentMethod.RentArrearsOffset, PaymentReference = "RENT-1", AmountPence = 4000, ResidentAgreedOffset = agreed,
        };

        var status = await StatusOfAsync(() => host.Compensation.RecordPaymentAsync(offset, Officer).ResponseAsync);

        Assert.Equal(expected, status.Code);
        if (!agreed)
            Assert.Contains("needs the resident's agreement", status.Detail);
    }

    [Fact]
    public async Task RentArrearsOffset_WhereThePolicyIsSilent_IsRefused()
    {
        await using var ids = await RunningHost.StartAsync("--Complaints:PolicyProfile=ids");
        var award = await AwardsData.AcceptedAsync(ids, 4000);

        var error = await Assert.ThrowsAsync<RpcException>(() => ids.Compensation.RecordPaymentAsync(new RecordPaymentRequest
        {
            AwardId = award.Id, Method = PaymentMethod.RentArrearsOffset, PaymentReference = "RENT-1", AmountPence = 4000, ResidentAgreedOffset = true,
        }, Officer).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("does not set awards against rent arrears", error.Status.Detail);
    }

    [Fact]
    public async Task ProposeAward_WithBadLines_NamesEveryField_AndSavesNothing()
    {
        var before = (await host.Compensation.ListAwardsAsync(new ListAwardsRequest { PageSize = 200 }).ResponseAsync).Awards.Count;
        var proposal = AwardsData.Proposal(Guid.NewGuid().ToString(),
            new AwardLineInput { Category = AwardCategory.FinancialLoss, Description = "Spoilt food", AmountPence = 2000 },
            new AwardLineInput { Category = AwardCategory.FixedSum, Description = "No heating", TableRate = new TableRate { RateCode = "NO_SUCH_RATE", Quantity = 3 } },
            new AwardLineInput { Category = AwardCategory.TimeAndTrouble, Description = "", AmountPence = -5 });
        proposal.Rationale = "";

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.ProposeAwardAsync(proposal, Officer).ResponseAsync);
        var after = (await host.Compensation.ListAwardsAsync(new ListAwardsRequest { PageSize = 200 }).ResponseAsync).Awards.Count;

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["rationale", "complaint_id", "lines[0].evidence", "lines[1].table_rate.rate_code", "lines[2].description", "lines[2].amount_pence"],
            error.Detail<BadRequest>()!.FieldViolations.Select(v => v.Field));
        Assert.Equal(before, after);
    }

    private async Task<Award> ProposedAsync(long pence) =>
        (await host.Compensation.ProposeAwardAsync(AwardsData.Proposal(await AwardsData.ComplaintAsync(host), AwardsData.Amount(AwardCategory.DistressAndInconvenience, "Distress", pence)), Officer).ResponseAsync).Award;

    private static async Task<(StatusCode Code, string Detail)> StatusOfAsync(Func<Task> call)
    {
        try
        {
            await call();
            return (StatusCode.OK, "");
        }
        catch (RpcException e)
        {
            return (e.StatusCode, e.Status.Detail);
        }
    }
}
