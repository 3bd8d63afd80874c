using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Complaints.HousingSystem.Contracts;

namespace Complaints.HousingSystem.Adapter;

/// <summary>
/// The reference adapter: the HMS over HTTPS/JSON (wire shape in the README). 404 means the HMS does not know the
/// reference; anything else that is not a success — refused connection, timeout, 5xx, a body that does not parse — is
/// <see cref="HousingSystemUnavailableException"/>, so the caller tries again later rather than concluding anything.
/// </summary>
internal sealed class HttpHousingSystem(IHttpClientFactory clients) : IHousingSystem
{
    public const string ClientName = "HousingSystem";

    public Task<Resident?> GetResidentAsync(string residentReference, CancellationToken cancellationToken) =>
        GetAsync<Resident>($"residents/{Uri.EscapeDataString(residentReference)}", cancellationToken);

    public Task<Tenancy?> GetTenancyAsync(string residentReference, CancellationToken cancellationToken) =>
        GetAsync<Tenancy>($"residents/{Uri.EscapeDataString(residentReference)}/tenancy", cancellationToken);

    public Task<Property?> GetPropertyAsync(string propertyReference, CancellationToken cancellationToken) =>
        GetAsync<Property>($"properties/{Uri.EscapeDataString(propertyReference)}", cancellationToken);

    public Task<RepairJob?> GetRepairAsync(string jobReference, CancellationToken cancellationToken) =>
        GetAsync<RepairJob>($"repairs/{Uri.EscapeDataString(jobReference)}", cancellationToken);

    public async Task<RepairJob> RaiseRepairAsync(RepairRequest request, CancellationToken cancellationToken) =>
        await SendAsync<RepairJob>(client => client.PostAsJsonAsync("repairs", request, HousingSystemWire.Options, cancellationToken), cancellationToken)
        ?? throw new HousingSystemUnavailableException("The housing management system answered a new repair with 404.");

    private Task<T?> GetAsync<T>(string path, CancellationToken cancellationToken) where T : class =>
        SendAsync<T>(client => client.GetAsync(path, cancellationToken), cancellationToken);

    private async Task<T?> SendAsync<T>(Func<HttpClient, Task<HttpResponseMessage>> send, CancellationToken cancellationToken) where T : class
    {
        var client = clients.CreateClient(ClientName);
        if (client.BaseAddress is null)
            throw new HousingSystemUnavailableException("No housing management system is configured (HousingSystem:BaseAddress).");
        try
        {
            using var response = await send(client);
            if (response.StatusCode == HttpStatusCode.NotFound)
                return null;
            if (!response.IsSuccessStatusCode)
                throw new HousingSystemUnavailableException($"The housing management system answered {(int)response.StatusCode}.");
            return await response.Content.ReadFromJsonAsync<T>(HousingSystemWire.Options, cancellationToken)
                ?? throw new HousingSystemUnavailableException("The housing management system answered with an empty body.");
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or NotSupportedException
            || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // A TaskCanceledException the caller did not ask for is HttpClient's timeout.
            throw new HousingSystemUnavailableException($"The housing management system could not be asked: {e.GetType().Name}.", e);
        }
    }
}
