using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Complaints.Lifecycle.Contracts;
using Google.Rpc;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Investigation;

/// <summary>The stage 2 reviewer rules: the Code's (not the stage 1 handler) and each policy's (seniority, independence).</summary>
public sealed class AssignOfficerTests
{
    private static readonly Officer Sam = new() { Id = "sam.patel", Name = "Sam Patel", Seniority = Seniority.Manager, ServiceArea = "Repairs" };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Stage2Reviewer_MustNotBeTheStage1Handler(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database, "--Complaints:PolicyProfile=code2024");
        var complaint = await AcknowledgedAsync(host);
        var stage1 = await host.Investigation.AssignOfficerAsync(Assign(complaint.Id, 1, Sam, "Repairs")).ResponseAsync;
        await EscalateAsync(host, complaint.Id);

        var same = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.AssignOfficerAsync(Assign(complaint.Id, 2, Sam)).ResponseAsync);
        var other = await host.Investigation.AssignOfficerAsync(Assign(complaint.Id, 2, new Officer { Id = "kim.lo", Name = "Kim Lo", Seniority = Seniority.Manager, ServiceArea = "Repairs" })).ResponseAsync;

        Assert.Equal((1, "Sam Patel"), (stage1.Stage, stage1.Officer.Name));
        Assert.Equal(StatusCode.FailedPrecondition, same.StatusCode);
        Assert.Contains("Sam Patel handled stage 1", same.Status.Detail);
        Assert.Equal((2, "Kim Lo"), (other.Stage, other.Officer.Name)); // the Code sets no seniority or independence
    }

    [Fact]
    public async Task Stage2Reviewer_MustNotBeAnyoneWhoHandledStage1_IncludingTheOfficerNamedAtAcknowledgement()
    {
        await using var host = await RunningHost.StartAsync("--Complaints:PolicyProfile=code2024");
        var complaint = await AcknowledgedAsync(host); // names Sam Patel to the resident
        var kim = new Officer { Id = "kim.lo", Name = "Kim Lo", Seniority = Seniority.Manager, ServiceArea = "Repairs" };
        await host.Investigation.AssignOfficerAsync(Assign(complaint.Id, 1, kim, "Repairs")).ResponseAsync;
        await host.Investigation.AssignOfficerAsync(Assign(complaint.Id, 1,
            new Officer { Id = "lee.ward", Name = "Lee Ward", Seniority = Seniority.Manager, ServiceArea = "Repairs" }, "Repairs")).ResponseAsync; // took over
        await EscalateAsync(host, complaint.Id);

        var named = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.AssignOfficerAsync(Assign(complaint.Id, 2, new Officer { Id = "s.patel", Name = "sam patel", Seniority = Seniority.Director, ServiceArea = "Governance" })).ResponseAsync);
        var earlier = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.AssignOfficerAsync(Assign(complaint.Id, 2, kim)).ResponseAsync);

        Assert.Equal((StatusCode.FailedPrecondition, StatusCode.FailedPrecondition), (named.StatusCode, earlier.StatusCode));
        Assert.Contains("handled stage 1", named.Status.Detail);
        Assert.Contains("Kim Lo handled stage 1", earlier.Status.Detail);
    }

    [Theory]
    [InlineData("Livin 8.16: 'independent of the service area being complained about'", "livin", Seniority.SeniorManager, "Repairs", "independent of the service area complained about (Repairs)")]
    [InlineData("Livin 8.16: 'given to a senior manager'", "livin", Seniority.Manager, "Housing", "at least SeniorManager")]
    [InlineData("IVH stage 1: 'assigned to a Head of Service'", "ivh", Seniority.SeniorManager, "Housing", "at least HeadOfService")]
    [InlineData("IDS 6.3: 'A member of the Corporate Management Team'", "ids", Seniority.HeadOfService, "Housing", "at least Director")]
    [InlineData("THA 5.6: 'a Senior Manager or equivalent'", "tha", Seniority.Manager, "Housing", "at least SeniorManager")]
    public async Task Stage2Reviewer_OutsideThePolicysRule_IsRefusedNamingIt(string clause, string profile, Seniority seniority, string area, string refusal)
    {
        await using var host = await RunningHost.StartAsync($"--Complaints:PolicyProfile={profile}");
        var complaint = await AcknowledgedAsync(host);
        await host.Investigation.AssignOfficerAsync(Assign(complaint.Id, 1, Sam, "Repairs")).ResponseAsync;
        await EscalateAsync(host, complaint.Id);
        var reviewer = new Officer { Id = "rev", Name = "Rev Iewer", Seniority = seniority, ServiceArea = area };

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.AssignOfficerAsync(Assign(complaint.Id, 2, reviewer)).ResponseAsync);
        var fit = await host.Investigation.AssignOfficerAsync(Assign(complaint.Id, 2, new Officer { Id = "dir", Name = "Dee Rector", Seniority = Seniority.Director, ServiceArea = "Governance" })).ResponseAsync;

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains(refusal, error.Status.Detail);
        Assert.Equal("Dee Rector", fit.Officer.Name);
        Assert.NotEmpty(clause);
    }

    [Fact]
    public async Task Stage2Assignment_BeforeEscalation_IsRefusedNamingTheStage()
    {
        await using var host = await RunningHost.StartAsync();
        var complaint = await AcknowledgedAsync(host);

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.AssignOfficerAsync(Assign(complaint.Id, 2, Sam)).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("it is in Stage1Investigating", error.Status.Detail);
    }

    [Fact]
    public async Task AssignOfficer_Incomplete_NamesEachField()
    {
        await using var host = await RunningHost.StartAsync();
        var complaint = await AcknowledgedAsync(host);

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.AssignOfficerAsync(new AssignOfficerRequest { ComplaintId = complaint.Id, Stage = 1 }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["officer.id", "officer.name", "officer.seniority", "officer.service_area", "service_area_complained_about"],
            error.Detail<BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    private static AssignOfficerRequest Assign(string complaintId, int stage, Officer officer, string complainedAbout = "") => new()
    {
        ComplaintId = complaintId, Stage = stage, Officer = officer, ServiceAreaComplainedAbout = complainedAbout,
    };

    private static async Task EscalateAsync(RunningHost host, string complaintId)
    {
        await LifecycleDriver.TransitionAsync(host, complaintId, ComplaintTrigger.IssueStage1Response);
        await host.Investigation.RequestEscalationAsync(new RequestEscalationRequest { ComplaintId = complaintId }).ResponseAsync;
    }

    private static async Task<Complaint> AcknowledgedAsync(RunningHost host)
    {
        var complaint = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;
        return (await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler repair missed twice", NamedOfficer = "Sam Patel",
        }).ResponseAsync).Complaint;
    }
}
