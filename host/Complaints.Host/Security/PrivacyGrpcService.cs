using Complaints.AccessApi.V1;
using Complaints.Kernel.Pipeline;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Complaints.Host.Security;

/// <summary><c>complaints.access.v1.PrivacyService</c>: residents' personal data, for the Data Protection Officer.</summary>
internal sealed class PrivacyGrpcService(SubjectAccessPack packs, CallerContext caller, TimeProvider clock) : PrivacyService.PrivacyServiceBase
{
    /// <summary>Inside the 4 MiB an answer may hold, with room for the rest of the message.</summary>
    private const int MaxPackBytes = 3_500_000;

    public override async Task<ExportResidentDataResponse> ExportResidentData(ExportResidentDataRequest request, ServerCallContext context)
    {
        var now = clock.GetUtcNow();
        var resident = request.ResidentReference.Trim();
        var pack = await packs.BuildAsync(resident, now, caller.Actor.Name ?? caller.Actor.Id, context.CancellationToken);
        if (System.Text.Encoding.UTF8.GetByteCount(pack.Html) > MaxPackBytes)
            throw new RpcException(new Status(StatusCode.ResourceExhausted,
                $"The pack for {resident} ({pack.Complaints} complaints, {pack.Letters} letters) is larger than one answer may carry; " +
                "this release cannot yet split it."));
        return new ExportResidentDataResponse
        {
            ResidentReference = resident, ProducedAt = Timestamp.FromDateTimeOffset(now), Html = pack.Html,
            Complaints = pack.Complaints, Contacts = pack.Contacts, Letters = pack.Letters, Awards = pack.Awards,
            Restrictions = pack.Restrictions, Referrals = pack.Referrals,
        };
    }
}
