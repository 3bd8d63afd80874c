using Complaints.AccessApi.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Complaints.Testing.V1;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Complaints.EndToEnd.Tests.Telemetry;

/// <summary>
/// What residents tell us never reaches the logs: a run that logs, reads, corrects, exports and fails on complaints full
/// of distinctive names, references and wording is searched for every one of them, in every message, exception and
/// scope the host logged at its shipped levels. Log lines carry ids and the call's correlation id instead.
/// </summary>
public sealed class LogPrivacyTests
{
    // Distinctive enough that no library text could hold them by chance.
    private const string ResidentReference = "TEN-QUOLL-7731";
    private const string CorrectedReference = "TEN-WOMBAT-9902";
    private const string RepresentativeName = "Perpetua Vandersloot";
    private const string CorrectedRepresentativeName = "Ignatius Okonkwo-Breen";
    private const string RepresentativeContact = "perpetua.vandersloot@example.org";
    private const string Description = "Black mould behind the Zanzibar-pattern wardrobe";
    private const string Point = "The Quillfeather Road gutter still leaks";
    private const string Vulnerability = "Xylophonist with tinnitus";
    private const string ContactSummary = "Spoke to Mrs Vandersloot about the Zanzibar wardrobe";

    private static readonly string[] Secrets =
    [
        ResidentReference, CorrectedReference, RepresentativeName, "Vandersloot", CorrectedRepresentativeName, RepresentativeContact,
        Description, "Zanzibar", Point, "Quillfeather", Vulnerability, "Xylophonist", ContactSummary,
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Logs_OfARunFullOfResidentsData_HoldNoneOfIt(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var correlation = new Metadata { { "x-correlation-id", "corr-privacy-1" } };

        var complaint = (await host.Intake.LogComplaintAsync(Complaint(), correlation).ResponseAsync).Complaint;
        await host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = complaint.Id });
        await host.Investigation.RecordContactAsync(new RecordContactRequest
        {
            ComplaintId = complaint.Id, Kind = ContactKind.Call, Direction = ContactDirection.FromResident, Summary = ContactSummary,
        });
        await host.Intake.RectifyComplaintAsync(new RectifyComplaintRequest
        {
            ComplaintId = complaint.Id, Reason = $"{RepresentativeName} wrote: wrong tenancy", ResidentReference = CorrectedReference,
            RepresentativeName = CorrectedRepresentativeName,
        }, Caller.Exactly("dora.dpo", "data-protection-officer"));
        await host.Privacy.ExportResidentDataAsync(new ExportResidentDataRequest { ResidentReference = CorrectedReference },
            Caller.Exactly("dora.dpo", "data-protection-officer"));
        // The same export as JSON: the resident's reference travels in the request's path.
        using (var http = host.Http())
            Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync($"/v1/privacy/residents/{CorrectedReference}:export")).StatusCode);
        var failures = new List<StatusCode>
        {
            await FailureAsync(() => host.Intake.GetComplaintAsync(new GetComplaintRequest { Reference = ResidentReference }).ResponseAsync),
            await FailureAsync(() => host.Intake.LogComplaintAsync(WithControlCharacters(Complaint())).ResponseAsync),
            await FailureAsync(() => host.Intake.LogComplaintAsync(Complaint(), Caller.Exactly("rita", "report-reader")).ResponseAsync),
            await FailureAsync(() => host.Probe.FailAsync(new FailRequest { Message = $"Refused for {RepresentativeName} at {ResidentReference}" }).ResponseAsync),
            await FailureAsync(() => host.Probe.ThrowAsync(new ThrowRequest { Detail = $"{Description} / {ResidentReference}" }, correlation).ResponseAsync),
        };

        Assert.Equal([StatusCode.NotFound, StatusCode.InvalidArgument, StatusCode.PermissionDenied, StatusCode.FailedPrecondition, StatusCode.Internal], failures);
        var entries = host.Logs.Entries;
        var internalError = Assert.Single(entries, e => e.Level == LogLevel.Error && e.Message.Contains("/Throw failed unexpectedly", StringComparison.Ordinal));
        Assert.Contains(new KeyValuePair<string, string?>("CorrelationId", "corr-privacy-1"), internalError.Scopes);
        Assert.Contains("System.InvalidOperationException", internalError.Exception);
        Assert.Empty(from entry in entries
                     from secret in Secrets
                     where entry.AllText.Contains(secret, StringComparison.OrdinalIgnoreCase)
                     select $"{entry.Level} {entry.Category}: \"{secret}\" in {entry.AllText}");
    }

    private static LogComplaintRequest Complaint()
    {
        var request = IntakeMethods.ValidRequest(Description);
        request.ResidentReference = ResidentReference;
        request.Points.Add(Point);
        request.Vulnerabilities.Add(Vulnerability);
        request.DesiredOutcome = $"Ask {RepresentativeName} to call back";
        request.Representative = new Representative { Name = RepresentativeName, Kind = RepresentativeKind.FamilyOrFriend, Contact = RepresentativeContact };
        return request;
    }

    // A control character where only text may go: refused as INVALID_ARGUMENT, the field's value quoted to the caller.
    private static LogComplaintRequest WithControlCharacters(LogComplaintRequest request)
    {
        request.ResidentReference = ResidentReference + "\u0007";
        request.Representative.Name = RepresentativeName + "\u0001";
        return request;
    }

    private static async Task<StatusCode> FailureAsync(Func<Task> call) => (await Assert.ThrowsAsync<RpcException>(call)).StatusCode;
}
