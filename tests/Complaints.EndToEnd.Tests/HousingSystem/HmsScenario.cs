using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.HousingSystem.Api.V1;
using Complaints.Intake.Api.V1;

namespace Complaints.EndToEnd.Tests.HousingSystem;

/// <summary>
/// The real host on a test database, pointed at a <see cref="StubHousingSystem"/> (a real HTTP server) that knows one
/// resident (TEN-1, tenant of PROP-1 in Riverside Court, Riverside scheme) and a second property (PROP-2). Pending
/// links are retried every second, so "resolved later" is seconds away.
/// </summary>
internal sealed class HmsScenario : IAsyncDisposable
{
    private HmsScenario(StubHousingSystem hms, TestDatabase database, RunningHost host)
    {
        Hms = hms;
        Database = database;
        Host = host;
    }

    public StubHousingSystem Hms { get; }

    public TestDatabase Database { get; }

    public RunningHost Host { get; }

    public Uri CallbackUrl => new(Host.HttpAddress, "/v1/housing-system/callbacks");

    public static async Task<HmsScenario> StartAsync(string provider, params string[] extraArgs)
    {
        var hms = await StubHousingSystem.StartAsync();
        hms.Put("residents/TEN-1", """
            {"reference":"TEN-1","name":"Amara Okafor",
             "contactPreferences":{"preferredMethod":"text-message","phone":"07700 900123","language":"English","notes":"Calls after 2pm"},
             "vulnerabilities":["Hearing impairment"],"reasonableAdjustments":["Written contact first"],
             "household":{"reference":"HH-1","members":[{"residentReference":"TEN-1","name":"Amara Okafor","relationship":"lead tenant"}]}}
            """);
        hms.Put("residents/TEN-1/tenancy", """{"reference":"TNC-1","tenureType":"social-rent","startDate":"2019-04-01","propertyReference":"PROP-1"}""");
        hms.Put("properties/PROP-1", """
            {"reference":"PROP-1","address":{"line1":"Flat 4, Riverside Court","town":"Leeds","postcode":"LS1 4AB"},
             "block":{"reference":"BLK-9","name":"Riverside Court"},"scheme":{"reference":"SCH-2","name":"Riverside"}}
            """);
        hms.Put("properties/PROP-2", """{"reference":"PROP-2","address":{"line1":"12 Mill Lane","postcode":"LS2 7CD"}}""");
        var database = await TestDatabase.CreateAsync(provider);
        var host = await RunningHost.StartOnAsync(database, [.. hms.HostArgs, "--HousingSystem:ResolveRetryInterval=00:00:01", .. extraArgs]);
        return new HmsScenario(hms, database, host);
    }

    public async Task<Complaints.Intake.Api.V1.Complaint> LogAsync(string residentReference, string propertyReference, params string[] vulnerabilities)
    {
        var request = IntakeMethods.ValidRequest();
        request.ResidentReference = residentReference;
        request.PropertyReference = propertyReference;
        request.Vulnerabilities.Add(vulnerabilities);
        return (await Host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint;
    }

    /// <summary>Reads the property until <paramref name="done"/> holds (the link is written after commit, resolved after that).</summary>
    public Task<GetPropertyResponse> PropertyWhenAsync(string propertyReference, Func<GetPropertyResponse, bool> done) =>
        Eventually(() => Host.HousingSystem.GetPropertyAsync(new GetPropertyRequest { PropertyReference = propertyReference }).ResponseAsync, done);

    public static async Task<T> Eventually<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                var answer = await read();
                if (done(answer) || DateTime.UtcNow > deadline)
                    return answer;
            }
            catch (Grpc.Core.RpcException e) when (e.StatusCode == Grpc.Core.StatusCode.NotFound && DateTime.UtcNow < deadline)
            {
                // Not linked yet: the outbox delivers the complaint's event a moment after it commits.
            }
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
        await Hms.DisposeAsync();
    }
}
