using System.Text.Json;
using Complaints.HousingSystem.Adapter;
using Complaints.HousingSystem.Contracts;
using Complaints.HousingSystem.Repairs;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Complaints.HousingSystem.Callbacks;

/// <summary>
/// <c>POST /v1/housing-system/callbacks</c>: the HMS's signed callbacks. Plain HTTP rather than an RPC because the
/// signature is over the exact bytes sent, which transcoding would not keep. The signature is the caller's only
/// credential: without a valid one (or with a timestamp outside the tolerance, a replay) the answer is 401 and nothing
/// is read. A valid callback runs as a message of the pipeline, the HMS its actor.
/// </summary>
internal static class CallbackEndpoint
{
    public const string Path = "/v1/housing-system/callbacks";

    /// <summary>A callback is a few hundred bytes; anything far larger is not one.</summary>
    private const int MaxBodyBytes = 64 * 1024;

    private static readonly Actor HousingSystemActor = new("housing-system", new HashSet<string> { "hms" });

    public static void Map(IEndpointRouteBuilder endpoints) => endpoints.MapPost(Path, HandleAsync);

    private static async Task<IResult> HandleAsync(HttpContext http, IOptions<HousingSystemOptions> options, TimeProvider clock)
    {
        var body = await ReadBodyAsync(http.Request, http.RequestAborted);
        if (body is null)
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        if (options.Value.SharedSecret is not { Length: > 0 } secret)
            return Results.Unauthorized(); // no secret, no way to tell the HMS from anyone else
        var check = new WebhookSignature(secret, options.Value.SignatureTolerance).Verify(
            http.Request.Headers[WebhookSignature.TimestampHeader], http.Request.Headers[WebhookSignature.SignatureHeader], body, clock.GetUtcNow());
        if (check != SignatureCheck.Valid)
            return Results.Unauthorized();
        HousingSystemCallback? callback;
        try
        {
            callback = JsonSerializer.Deserialize<HousingSystemCallback>(body, HousingSystemWire.Options);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        http.RequestServices.GetRequiredService<CallerContext>().Actor = HousingSystemActor;
        try
        {
            await ApplyAsync(callback, http.RequestServices.GetRequiredService<ICommandPipeline>(), http.RequestAborted);
        }
        catch (ValidationException)
        {
            return Results.BadRequest();
        }
        catch (NotFoundException)
        {
            return Results.NotFound();
        }
        return Results.NoContent();
    }

    private static Task ApplyAsync(HousingSystemCallback? callback, ICommandPipeline pipeline, CancellationToken cancellationToken) =>
        callback?.Type switch
        {
            CallbackType.RepairStatusChanged => pipeline.ExecuteAsync(
                new RecordRepairStatusCommand(Required(callback.JobReference, "jobReference"), callback.Status, callback.OccurredAt), cancellationToken),
            CallbackType.ResidentChanged => pipeline.ExecuteAsync(
                new ExpireCachedRecordCommand(CachedRecordKind.Resident, Required(callback.ResidentReference, "residentReference")), cancellationToken),
            CallbackType.PropertyChanged => pipeline.ExecuteAsync(
                new ExpireCachedRecordCommand(CachedRecordKind.Property, Required(callback.PropertyReference, "propertyReference")), cancellationToken),
            _ => throw new ValidationException(new FieldViolation("type", "must be repair-status-changed, resident-changed or property-changed")),
        };

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) || value.Length > 100 ? throw new ValidationException(new FieldViolation(field, "must be a reference of 1 to 100 characters")) : value;

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
